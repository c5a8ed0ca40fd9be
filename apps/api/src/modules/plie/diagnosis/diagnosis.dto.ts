import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ObstacleKind, ObstacleSeverity, ObstacleStatus } from '@passerelle/domain';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../plie.enums';

@InputType()
export class RecordDiagnosisInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field({ description: 'Jour du diagnostic.' }) @IsCalendarDate() date!: string;
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'La synthèse du diagnostic est obligatoire.' })
  @MaxLength(10000)
  summary!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000) professionalProject?:
    string | null;
}

@InputType()
export class AddObstacleInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field(() => ObstacleKind)
  @IsEnum(ObstacleKind, { message: 'Choisissez un type de frein dans la liste.' })
  kind!: ObstacleKind;
  @Field(() => ObstacleSeverity)
  @IsEnum(ObstacleSeverity, { message: 'Choisissez une gravité (faible, moyen, fort).' })
  severity!: ObstacleSeverity;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
  @Field({ description: 'Jour où le frein a été repéré.' }) @IsCalendarDate() identifiedOn!: string;
}

@InputType()
export class UpdateObstacleInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => ObstacleSeverity, { nullable: true })
  @IsOptional()
  @IsEnum(ObstacleSeverity)
  severity?: ObstacleSeverity;
  @Field(() => ObstacleStatus, { nullable: true }) @IsOptional() @IsEnum(ObstacleStatus) status?: ObstacleStatus;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
  @Field({
    nullable: true,
    description: 'Jour où le frein est levé ; aujourd’hui par défaut quand le statut devient LIFTED.',
  })
  @IsOptional()
  @IsCalendarDate()
  liftedOn?: string;
}
