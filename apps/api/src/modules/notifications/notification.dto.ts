import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../core/graphql/pagination';

@ArgsType()
export class NotificationListArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Seulement les notifications non lues.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly: boolean = false;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'Identifiant invalide.' })
  ids!: string[];
}
