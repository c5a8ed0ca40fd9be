import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { detailsAreSensitive } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { loadAuthor, UserSummary } from '../../core/tenancy/users/user-summary';
import { activityLoaders } from '../activities/activities.loaders';
import { ProofDocument } from '../proofs/proof-document.entity';
import { canSeeSensitive } from '../participants/participant-access';
import { CommitteeFile } from './committees/committee.entity';
import { Diagnosis } from './diagnosis/diagnosis.entity';
import { FollowUp } from './follow-ups/follow-up.entity';
import { PathConsent, PathTransition } from './paths/plie-path.entity';
import { PathStep } from './steps/path-step.entity';

/** Authors by name on a parcours: every field below resolves through one batch loader per request (no N+1). */
@Resolver(() => PathTransition)
export class PathTransitionAuthorResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => UserSummary, {
    nullable: true,
    description: 'Qui a enregistré le changement (null pour une intégration).',
  })
  author(@Parent() transition: PathTransition, @Context() context: object) {
    return loadAuthor(context, this.dataSource, transition.byUserId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Motif ou commentaire ; null sans `participants:sensitive` pour une sortie pour raisons de santé.',
  })
  reason(@Parent() transition: PathTransition, @CurrentActor() actor: Actor): string | null {
    const masked = detailsAreSensitive(transition.details as Record<string, unknown> | null) && !canSeeSensitive(actor);
    return masked ? null : transition.reason;
  }
}

@Resolver(() => FollowUp)
export class FollowUpAuthorResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui a mené l’entretien ou fait la relance.' })
  author(@Parent() followUp: FollowUp, @Context() context: object) {
    return loadAuthor(context, this.dataSource, followUp.byUserId);
  }
}

@Resolver(() => Diagnosis)
export class DiagnosisAuthorResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui a posé le diagnostic.' })
  author(@Parent() diagnosis: Diagnosis, @Context() context: object) {
    return loadAuthor(context, this.dataSource, diagnosis.byUserId);
  }
}

@Resolver(() => PathStep)
export class PathStepAuthorResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui a ajouté l’étape.' })
  createdBy(@Parent() step: PathStep, @Context() context: object) {
    return loadAuthor(context, this.dataSource, step.createdByUserId);
  }
}

@Resolver(() => CommitteeFile)
export class CommitteeFileAuthorsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui a présenté le dossier.' })
  presentedBy(@Parent() file: CommitteeFile, @Context() context: object) {
    return loadAuthor(context, this.dataSource, file.presentedByUserId);
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui a enregistré la décision du comité.' })
  decidedBy(@Parent() file: CommitteeFile, @Context() context: object) {
    return loadAuthor(context, this.dataSource, file.decidedByUserId);
  }
}

@Resolver(() => PathConsent)
export class PathConsentAuthorResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui a enregistré le consentement.' })
  recordedBy(@Parent() consent: PathConsent, @Context() context: object) {
    return loadAuthor(context, this.dataSource, consent.recordedByUserId);
  }

  @ResolveField(() => ProofDocument, { nullable: true, description: 'Le document signé (si la structure le lit).' })
  async proof(@Parent() consent: PathConsent, @CurrentActor() actor: Actor, @Context() context: object) {
    const proof = await activityLoaders(context, this.dataSource).proofById.load(consent.proofId);
    const readable =
      proof &&
      (actor.isPlatformAdmin ||
        actor.structureId === proof.structureId ||
        actor.structureId === proof.operatorStructureId);
    return readable ? proof : null;
  }
}
