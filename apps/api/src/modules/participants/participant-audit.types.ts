import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** One line of a participant's audit trail, as staff with audit rights see it. */
@ObjectType('ParticipantAuditEntry', {
  description: 'Qui a fait quoi, et quand, sur le dossier d’un participant (lectures comprises).',
})
export class ParticipantAuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
  @Field({ description: 'Code de l’action (ex. participant.read, plie.path.exited).' }) action!: string;
  @Field({ description: 'L’action, en français.' }) label!: string;
  @Field(() => ID, { nullable: true }) actorUserId!: string | null;
  @Field(() => ID, { nullable: true, description: 'La clé d’API, quand une intégration a agi.' }) actorApiKeyId!:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Précisions (champs modifiés, statuts…), en JSON ; jamais de données personnelles.',
  })
  details!: string | null;
}
