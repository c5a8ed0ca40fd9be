import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  BookletEntryKind,
  FinalEvaluationTheme,
  MarketKnowledgeKind,
  PositioningField,
  TransversalSkillStatus,
  TutorCriterion,
} from '@passerelle/domain';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../../core/validation/calendar-date.validator';
import { CejAction } from '../planning/cej-action.entity';
import { CejBookletEntry, CejMarketKnowledge, CejTransversalSkill } from './cej-booklet.entity';
import '../cej.enums';
import {
  OptionalDay,
  OptionalNestedList,
  OptionalString,
  OptionalText,
  RequiredText,
} from '../../../core/validation/fields';

@InputType()
export class TutorRatingInput {
  @Field(() => TutorCriterion) @IsEnum(TutorCriterion) criterion!: TutorCriterion;
  @Field(() => Int, { description: '1 à 4.' })
  @IsInt()
  @Min(1, { message: 'Une note de 1 à 4 est attendue.' })
  @Max(4, { message: 'Une note de 1 à 4 est attendue.' })
  score!: number;
}

@ObjectType()
export class TutorRating {
  @Field(() => TutorCriterion) criterion!: TutorCriterion;
  @Field(() => Int) score!: number;
}

@InputType()
export class AddCejBookletEntryInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => BookletEntryKind)
  @IsEnum(BookletEntryKind, { message: 'Choisissez un type d’entrée dans la liste.' })
  kind!: BookletEntryKind;
  @Field() @IsCalendarDate() date!: string;
  @RequiredText(200, 'L’intitulé est obligatoire.') title!: string;
  @RequiredText(8000, 'Le contenu est obligatoire.') content!: string;
  @OptionalString(200) author?: string | null;
  @OptionalString(300) organisation?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() actionId?: string | null;
  @OptionalNestedList(() => TutorRatingInput, 10, {
    description: 'Pour un bilan de tuteur : chaque critère noté de 1 à 4.',
  })
  ratings?: TutorRatingInput[] | null;
}

@InputType({ description: 'Les champs absents restent inchangés.' })
export class UpdateCejBookletEntryInput {
  @Field(() => ID) @IsString() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @OptionalDay() date?: string;
  @OptionalText(200, 'L’intitulé est obligatoire.') title?: string;
  @OptionalText(8000, 'Le contenu est obligatoire.') content?: string;
  @OptionalString(200) author?: string | null;
  @OptionalString(300) organisation?: string | null;
  @OptionalNestedList(() => TutorRatingInput, 10) ratings?: TutorRatingInput[] | null;
}

@InputType({ description: 'Sans `id`, ajoute une compétence transversale ; avec `id` et `version`, la met à jour.' })
export class SaveCejTransversalSkillInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() id?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) version?: number;
  @RequiredText(200, 'Nommez la compétence.') label!: string;
  @Field(() => TransversalSkillStatus) @IsEnum(TransversalSkillStatus) status!: TransversalSkillStatus;
  @OptionalString(2000) transposition?: string | null;
}

@InputType({
  description:
    'Sans `id`, ajoute un élément de connaissance du bassin d’emploi ; avec `id` et `version`, le met à jour.',
})
export class SaveCejMarketKnowledgeInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() id?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) version?: number;
  @Field(() => MarketKnowledgeKind) @IsEnum(MarketKnowledgeKind) kind!: MarketKnowledgeKind;
  @RequiredText(200, 'Le nom est obligatoire.') name!: string;
  @OptionalString(200) commune?: string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Un nombre entier de kilomètres est attendu.' })
  @Min(0)
  @Max(1000)
  distanceKm?: number | null;
  @OptionalString(200) seasonality?: string | null;
  @OptionalString(4000) note?: string | null;
}

@InputType({
  description:
    'Une ligne du tableau d’évaluation finale ; `version` obligatoire pour remplacer une ligne déjà remplie.',
})
export class SetCejFinalEvaluationInput {
  @Field(() => ID) @IsString() contractId!: string;
  @Field(() => FinalEvaluationTheme) @IsEnum(FinalEvaluationTheme) theme!: FinalEvaluationTheme;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) version?: number;
  @Field() @IsString() @MaxLength(4000) skillsAcquired!: string;
  @Field() @IsString() @MaxLength(4000) progress!: string;
  @Field() @IsString() @MaxLength(4000) areasToImprove!: string;
}

@ObjectType({ description: 'Le livret d’actions du ou de la jeune.' })
export class CejBooklet {
  @Field(() => [CejAction], {
    description: 'Les actions réalisées ou partiellement réalisées, avec objectif et auto-évaluation.',
  })
  actions!: CejAction[];
  @Field(() => [CejBookletEntry]) entries!: CejBookletEntry[];
  @Field(() => [CejTransversalSkill]) transversalSkills!: CejTransversalSkill[];
  @Field(() => [CejMarketKnowledge]) marketKnowledge!: CejMarketKnowledge[];
}

@ObjectType({
  description:
    'Une ligne du tableau d’évaluation finale, remplie ou non, avec l’évolution du champ de positionnement correspondant (première et dernière fiches).',
})
export class CejFinalEvaluationRow {
  @Field(() => FinalEvaluationTheme) theme!: FinalEvaluationTheme;
  @Field() themeLabel!: string;
  @Field() skillsAcquired!: string;
  @Field() progress!: string;
  @Field() areasToImprove!: string;
  @Field(() => Int, { nullable: true, description: 'Version de la ligne ; vide si elle n’est pas encore remplie.' })
  version!: number | null;
  @Field(() => PositioningField, { nullable: true, description: 'Le champ du positionnement qui documente ce thème.' })
  positioningField!: PositioningField | null;
  @Field(() => Number, { nullable: true, description: 'Moyenne du champ à la première fiche.' }) positioningBefore!:
    number | null;
  @Field(() => Number, { nullable: true, description: 'Moyenne du champ à la dernière fiche.' }) positioningAfter!:
    number | null;
}
