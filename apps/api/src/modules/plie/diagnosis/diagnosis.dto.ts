import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ObstacleKind, ObstacleSeverity, ObstacleStatus } from '@passerelle/domain';
import { IsEnum, IsInt, IsString, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import '../plie.enums';
import { OptionalDay, OptionalEnum, OptionalString, RequiredText } from '../../../core/validation/fields';

@InputType()
export class RecordDiagnosisInput {
  @Field(() => ID) @IsString() pathId!: string;
  @Field({ description: 'Jour du diagnostic.' }) @IsCalendarDate() date!: string;
  @RequiredText(10000, 'La synthèse du diagnostic est obligatoire.') summary!: string;
  @OptionalString(5000) professionalProject?: string | null;
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
  @OptionalString(2000) note?: string | null;
  @Field({ description: 'Jour où le frein a été repéré.' }) @IsCalendarDate() identifiedOn!: string;
}

@InputType()
export class UpdateObstacleInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @OptionalEnum(ObstacleSeverity) severity?: ObstacleSeverity;
  @OptionalEnum(ObstacleStatus) status?: ObstacleStatus;
  @OptionalString(2000) note?: string | null;
  @OptionalDay(undefined, {
    description: 'Jour où le frein est levé ; aujourd’hui par défaut quand le statut devient LIFTED.',
  })
  liftedOn?: string;
}
