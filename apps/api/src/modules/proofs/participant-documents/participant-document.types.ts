import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ParticipantDocumentSource, ProofKind } from '@passerelle/domain';
import '../../markets/markets.enums';
import '../../participants/participant.enums';

/**
 * One document of a participant's file: a document put on the file, a liaison sheet, the signed attendance sheet of
 * a session attended, an immersion exit sheet. Liaison sheets are records (no file); the others point to a proof.
 */
@ObjectType({
  description:
    'Un document du dossier : pièce déposée, fiche de liaison, feuille d’émargement signée, fiche de fin d’immersion.',
})
export class ParticipantDocument {
  @Field(() => ID, {
    description: 'L’identifiant de la pièce, de la fiche de liaison, de la séance ou de l’immersion.',
  })
  id!: string;
  @Field(() => ParticipantDocumentSource) source!: ParticipantDocumentSource;
  @Field({ description: 'Nature du document, en français.' }) kindLabel!: string;
  @Field(() => ProofKind, { nullable: true, description: 'Nature du justificatif, quand il y a un fichier.' })
  proofKind!: ProofKind | null;
  @Field({ description: 'Nom du fichier, titre de la séance, structure d’accueil…' }) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field({ description: 'Jour du document (dépôt, envoi, séance, signature).' }) date!: string;
  @Field(() => String, { nullable: true, description: 'Empreinte SHA-256 du fichier ; null sans fichier.' }) sha256!:
    string | null;
  @Field(() => String, { nullable: true, description: 'Conservé au moins jusqu’à ce jour (clôture du programme).' })
  keepUntil!: string | null;
  @Field(() => ID, { nullable: true, description: 'Le justificatif (fichier) ; null pour une fiche sans fichier.' })
  proofId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Chemin de téléchargement (GET, jeton et X-Structure-Id comme en GraphQL) ; null sans fichier.',
  })
  downloadPath!: string | null;
  authorUserId!: string | null;
}
