import { Args, Field, GraphQLISODateTime, ID, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { OrientedParticipant } from '../../orientations/orientations/orientation.entity';
import { ActivitySession } from '../sessions/session.entity';
import { AttendanceSheetsService } from './attendance-sheets.service';

@ObjectType({
  description:
    'Un lien de signature à usage unique (à montrer en QR code sur la tablette, ou à envoyer au participant).',
})
export class SignatureLink {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => OrientedParticipant) participant!: OrientedParticipant;
  @Field({ description: 'Jeton aléatoire à usage unique ; seul son SHA-256 est conservé.' }) token!: string;
  @Field({ description: 'La page de signature du web (à ouvrir depuis le lien ou le QR code).' }) path!: string;
  @Field({
    description:
      'L’API publique que la page appelle : GET pour afficher, POST { signature: "data:image/png;base64,…" } pour signer.',
  })
  apiPath!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Adresse complète de la page, si PUBLIC_BASE_URL est configurée (à mettre dans le QR code).',
  })
  url!: string | null;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
}

@Resolver()
export class AttendanceSheetsResolver {
  constructor(private readonly service: AttendanceSheetsService) {}

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => [SignatureLink], {
    description: 'Crée un lien de signature à usage unique pour chaque inscrit qui n’a pas encore signé.',
  })
  createSignatureLinks(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string) {
    return this.service.createLinks(actor, sessionId);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => ActivitySession, {
    description:
      'Fige la feuille d’émargement signée électroniquement : le PDF signé devient le justificatif (SHA-256 conservé) ; la présence ne peut plus changer.',
  })
  freezeAttendanceSheet(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string) {
    return this.service.freeze(actor, sessionId);
  }
}
