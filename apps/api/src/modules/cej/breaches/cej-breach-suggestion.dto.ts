import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CejSanction } from '@passerelle/domain';
import { IsInt, IsString, Min } from 'class-validator';
import { CejAction } from '../planning/cej-action.entity';
import '../cej.enums';
import { RequiredText } from '../../../core/validation/fields';

@ObjectType({ description: 'Ce que ferait la confirmation du manquement, vu les manquements déjà enregistrés.' })
export class CejBreachSuggestionEffect {
  @Field(() => Int, { description: 'Rang que prendrait le manquement.' }) rank!: number;
  @Field(() => CejSanction) sanction!: CejSanction;
  @Field({ description: 'Un 3e manquement appelle une décision de fin du contrat.' }) terminationDecision!: boolean;
  @Field() label!: string;
}

@ObjectType({
  description:
    'Une absence injustifiée du planning qui suggère un manquement : à confirmer ou écarter par le conseiller ou la conseillère, jamais appliqué d’office.',
})
export class CejBreachSuggestion {
  @Field(() => CejAction) action!: CejAction;
  @Field(() => CejBreachSuggestionEffect) effect!: CejBreachSuggestionEffect;
}

@InputType({
  description: 'Écarte le manquement suggéré par une absence injustifiée (ex. justificatif reçu après coup).',
})
export class DismissCejBreachSuggestionInput {
  @Field(() => ID) @IsString() actionId!: string;
  @Field(() => Int, { description: 'La version lue de l’action.' }) @IsInt() @Min(1) version!: number;
  @RequiredText(2000, 'Indiquez pourquoi le manquement est écarté.', {
    description: 'Pourquoi ce n’est pas un manquement.',
  })
  reason!: string;
}
