import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PositioningDueStatus, PositioningField, PositioningMilestone } from '@passerelle/domain';
import { IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import { CejPositioning } from './cej-positioning.entity';
import '../cej.enums';
import { NestedList, OptionalDay, OptionalNestedList, OptionalString } from '../../../core/validation/fields';

@InputType()
export class PositioningScoreInput {
  @Field({ description: 'Code de la compétence (voir `cejPositioningGrid`).' })
  @IsString()
  @MaxLength(40)
  skill!: string;
  @Field(() => Int, { description: '1 non acquis, 2 en cours d’acquisition, 3 acquis, 4 maîtrisé.' })
  @IsInt({ message: 'Une note entière de 1 à 4 est attendue.' })
  score!: number;
}

@InputType({
  description:
    'Une fiche de positionnement, remplie avec le ou la jeune : toutes les compétences de la grille sont notées.',
})
export class RecordCejPositioningInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => PositioningMilestone)
  @IsEnum(PositioningMilestone, { message: 'Choisissez une échéance dans la liste.' })
  milestone!: PositioningMilestone;
  @Field(() => ID, { nullable: true, description: 'Obligatoire pour une fiche de renouvellement.' })
  @IsOptional()
  @IsString()
  renewalId?: string | null;
  @Field() @IsCalendarDate() date!: string;
  @NestedList(() => PositioningScoreInput, 40) scores!: PositioningScoreInput[];
  @OptionalString(4000) youngPersonComment?: string | null;
  @OptionalString(4000) counsellorComment?: string | null;
}

@InputType({ description: 'Les champs absents restent inchangés ; `scores` remplace toute la grille.' })
export class UpdateCejPositioningInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @OptionalDay() date?: string;
  @OptionalNestedList(() => PositioningScoreInput, 40) scores?: PositioningScoreInput[];
  @OptionalString(4000) youngPersonComment?: string | null;
  @OptionalString(4000) counsellorComment?: string | null;
}

@ObjectType({ description: 'Une compétence de la grille de positionnement.' })
export class CejPositioningSkill {
  @Field() code!: string;
  @Field(() => PositioningField) field!: PositioningField;
  @Field() label!: string;
}

@ObjectType({ description: 'Une fiche due : échéance, état, et la fiche quand elle est faite.' })
export class CejPositioningDue {
  @Field(() => PositioningMilestone) milestone!: PositioningMilestone;
  @Field(() => ID, { nullable: true }) renewalId!: string | null;
  @Field() dueOn!: string;
  @Field(() => PositioningDueStatus) status!: PositioningDueStatus;
  @Field(() => CejPositioning, { nullable: true }) positioning!: CejPositioning | null;
}

@ObjectType({ description: 'L’évolution d’une compétence entre deux fiches.' })
export class CejSkillProgress {
  @Field() skill!: string;
  @Field() label!: string;
  @Field(() => PositioningField) field!: PositioningField;
  @Field(() => Int, { nullable: true }) before!: number | null;
  @Field(() => Int, { nullable: true }) after!: number | null;
  @Field(() => Int, { nullable: true }) delta!: number | null;
}

@ObjectType({ description: 'L’évolution d’un champ (moyenne de ses compétences) entre deux fiches.' })
export class CejFieldProgress {
  @Field(() => PositioningField) field!: PositioningField;
  @Field(() => Number, { nullable: true }) before!: number | null;
  @Field(() => Number, { nullable: true }) after!: number | null;
  @Field(() => Number, { nullable: true }) delta!: number | null;
}

@ObjectType({ description: 'La progression entre deux fiches de positionnement, par compétence et par champ.' })
export class CejPositioningProgress {
  @Field(() => CejPositioning) from!: CejPositioning;
  @Field(() => CejPositioning) to!: CejPositioning;
  @Field(() => [CejSkillProgress]) skills!: CejSkillProgress[];
  @Field(() => [CejFieldProgress]) fields!: CejFieldProgress[];
}
