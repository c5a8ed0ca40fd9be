import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { AssessmentKind } from '@passerelle/domain';
import { IsEnum, IsInt, IsString, IsUUID, Min } from 'class-validator';
import '../../markets/markets.enums';
import { IsDecimal } from '../../../core/validation/money.validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import { ActionPlanPhase } from './assessment.entity';
import { NestedList, OptionalDay, OptionalString } from '../../../core/validation/fields';

@InputType()
export class StartAssessmentInput {
  @Field(() => ID) @IsString() orientationId!: string;
  @Field(() => AssessmentKind)
  @IsEnum(AssessmentKind, { message: 'Bilan d’orientation ou de compétences.' })
  kind!: AssessmentKind;
  @Field() @IsCalendarDate() startedOn!: string;
}

@InputType({ description: 'Clôt le bilan : heures, entretien tripartite, synthèse et plan d’actions phasé.' })
export class CompleteAssessmentInput {
  @Field(() => ID) @IsUUID('all', { message: 'Bilan inconnu.' }) id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field() @IsCalendarDate() completedOn!: string;
  @Field({ description: 'Heures réalisées (ex. "14" ou "20").' }) @IsDecimal() hours!: string;
  @OptionalDay() tripartiteMeetingOn?: string | null;
  @OptionalString(300) projectTitle?: string | null;
  @OptionalString(10000) synthesis?: string | null;
  @NestedList(() => ActionPlanPhase, 20, { defaultValue: [] }) actionPlan: ActionPlanPhase[] = [];
  @OptionalString(2000) justification?: string | null;
}
