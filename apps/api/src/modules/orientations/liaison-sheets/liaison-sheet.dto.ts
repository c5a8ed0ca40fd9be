import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ActionExitReason } from '@passerelle/domain';
import { IsBoolean, IsInt, IsString, MaxLength, Min } from 'class-validator';
import '../../markets/markets.enums';
import { FseEntryInput } from '../../participants/participant.dto';
import { OptionalDay, OptionalEnum, OptionalNested, OptionalString } from '../../../core/validation/fields';

@InputType({
  description:
    'La fiche de liaison « entrée / non entrée », due dans les 15 jours suivant l’orientation, avec le questionnaire FSE+.',
})
export class SendEntryLiaisonSheetInput {
  @Field(() => ID) @IsString() orientationId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ description: 'Vrai : la personne entre dans l’action ; faux : non entrée.' }) @IsBoolean() entered!: boolean;
  @OptionalDay(undefined, { description: 'Jour d’envoi ; aujourd’hui par défaut.' }) sentOn?: string;
  @OptionalDay(undefined, { description: 'Entrée : démarrage de l’action.' }) startedOn?: string | null;
  @OptionalString(300, { description: 'Entrée : atelier ou poste sur lequel la personne est positionnée.' })
  position?: string | null;
  @OptionalString(2000, { description: 'Non entrée : pourquoi.' })
  nonEntryReason?: string | null;
  @OptionalNested(() => FseEntryInput, { description: 'Entrée : le questionnaire FSE+ de recueil des données.' })
  fseEntry?: FseEntryInput | null;
}

@InputType({ description: 'La fiche de liaison « sortie », due dans les 15 jours suivant la sortie de l’action.' })
export class SendExitLiaisonSheetInput {
  @Field(() => ID) @IsString() orientationId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @OptionalDay(undefined, { description: 'Jour d’envoi ; aujourd’hui par défaut.' }) sentOn?: string;
  @OptionalDay(undefined, { description: 'Jour de sortie (déjà connu si la sortie a été validée).' }) exitOn?:
    string | null;
  @OptionalEnum(ActionExitReason, {}, { message: 'Choisissez un motif de sortie dans la liste.' })
  exitReason?: ActionExitReason | null;
  @Field({ description: 'Synthèse de l’action (pour un bilan : le projet, son phasage et le plan d’actions).' })
  @IsString()
  @MaxLength(10000)
  synthesis!: string;
}
