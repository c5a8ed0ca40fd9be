import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CURRENT_PATH_STATUSES,
  fseExitMissing,
  Permission,
  PathStatus,
  SENSITIVE_EXIT_REASONS,
  SENSITIVE_OBSTACLE_KINDS,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequireAnyPermission, RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { Participant } from '../../participants/participant.entity';
import { canSeeSensitive } from '../../participants/participant-access';
import { participantLoaders } from '../../participants/participant.loaders';
import { CommitteeFile } from '../committees/committee.entity';
import { Diagnosis, Obstacle } from '../diagnosis/diagnosis.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { plieLoaders } from '../plie.loaders';
import { PathStep } from '../steps/path-step.entity';
import {
  ChangePathStatusInput,
  ExitPliePathInput,
  PliePathListArgs,
  ProposePliePathInput,
  RecordFseExitInput,
  ReopenPliePathInput,
} from './plie-path.dto';
import { RecordPathConsentInput } from '../consent/path-consent.dto';
import { PathCommitteeProposal } from '../committee-proposals/committee-proposal.entity';
import { PathExitProposal } from '../exits/path-exit-proposal.entity';
import { PathConsent, PathExit, PathTransition, PliePath } from './plie-path.entity';
import { PliePathsService } from './plie-paths.service';

const PliePathConnection = Paginated(PliePath);

@Resolver(() => PliePath)
export class PliePathsResolver {
  constructor(
    private readonly service: PliePathsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => PliePathConnection, { description: 'Les parcours PLIE de la structure courante.' })
  pliePaths(@CurrentActor() actor: Actor, @Args() { filter, ...page }: PliePathListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => PliePath, {
    description: 'Un parcours PLIE ; chaque lecture est tracée dans le journal d’audit du participant.',
  })
  pliePath(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => PliePath, {
    description: 'Oriente un participant vers le PLIE : crée son parcours au statut PROPOSED.',
  })
  proposePliePath(@CurrentActor() actor: Actor, @Args('input') input: ProposePliePathInput) {
    return this.service.propose(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => PliePath, {
    description:
      'Changement de statut simple : retrait avant le comité (PROPOSED → NOT_ADMITTED) ou perte de l’emploi pendant le suivi (IN_JOB_FOLLOW_UP → ACTIVE). ' +
      'Les autres passages ont leur propre opération (comité, étape, sortie, réouverture).',
  })
  changePliePathStatus(@CurrentActor() actor: Actor, @Args('input') input: ChangePathStatusInput) {
    return this.service.changeStatus(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => PliePath, { description: 'Enregistre la sortie ; son caractère positif est calculé par la règle.' })
  exitPliePath(@CurrentActor() actor: Actor, @Args('input') input: ExitPliePathInput) {
    return this.service.exit(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => PliePath, {
    description: 'Saisit les données FSE+ de sortie (résultat immédiat) d’un parcours sorti.',
  })
  recordFseExit(@CurrentActor() actor: Actor, @Args('input') input: RecordFseExitInput) {
    return this.service.recordFseExit(actor, input);
  }

  @RequireAnyPermission(Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE)
  @Mutation(() => PliePath, {
    description:
      'Enregistre le consentement de la personne (libre adhésion, droits et obligations, cahier 002 §6) avec le document signé ; ' +
      'requis avant tout suivi par le ou la référent·e d’un prestataire.',
  })
  recordPliePathConsent(@CurrentActor() actor: Actor, @Args('input') input: RecordPathConsentInput) {
    return this.service.recordConsent(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE, Permission.PLIE_COORDINATE)
  @Mutation(() => PliePath, { description: 'Rouvre un parcours sorti (coordination seulement), avec un motif tracé.' })
  reopenPliePath(@CurrentActor() actor: Actor, @Args('input') input: ReopenPliePathInput) {
    return this.service.reopen(actor, input);
  }

  @ResolveField(() => Participant)
  participant(@Parent() path: PliePath, @Context() context: object) {
    return participantLoaders(context, this.dataSource).participantById.load(path.participantId);
  }

  @ResolveField(() => PathExit, { nullable: true })
  exit(@Parent() path: PliePath, @CurrentActor() actor: Actor): PathExit | null {
    if (!path.exitDate || !path.exitReason) return null;
    const masked = SENSITIVE_EXIT_REASONS.includes(path.exitReason) && !canSeeSensitive(actor);
    return {
      date: path.exitDate,
      reason: masked ? null : path.exitReason,
      positive: path.exitPositive === true,
      comment: masked ? null : path.exitComment,
      fseResults: path.fseExitResults ?? [],
      fseRecordedOn: path.fseExitRecordedOn,
    };
  }

  @ResolveField(() => PathConsent, {
    nullable: true,
    description: 'Le consentement de la personne (libre adhésion, droits et obligations), s’il est enregistré.',
  })
  consent(@Parent() path: PliePath): PathConsent | null {
    if (!path.consentGivenOn || !path.consentProofId) return null;
    return {
      givenOn: path.consentGivenOn,
      recordedAt: path.consentRecordedAt ?? path.updatedAt,
      recordedByUserId: path.consentRecordedByUserId,
      proofId: path.consentProofId,
    };
  }

  @ResolveField(() => [PathCommitteeProposal], {
    description: 'Les propositions de passage en comité, de la plus récente à la plus ancienne.',
  })
  committeeProposals(@Parent() path: PliePath, @Context() context: object) {
    return plieLoaders(context, this.dataSource).committeeProposalsByPath.load(path.id);
  }

  @ResolveField(() => [PathExitProposal], {
    description: 'Les propositions de sortie, de la plus récente à la plus ancienne.',
  })
  exitProposals(@Parent() path: PliePath, @Context() context: object) {
    return plieLoaders(context, this.dataSource).exitProposalsByPath.load(path.id);
  }

  @ResolveField(() => Boolean, { description: 'Vrai quand le parcours est sorti sans données FSE+ de sortie.' })
  fseExitMissing(@Parent() path: PliePath): boolean {
    return path.status === PathStatus.EXITED && fseExitMissing(path.fseExitResults);
  }

  @ResolveField(() => [PathTransition], { description: 'L’historique des statuts, du plus ancien au plus récent.' })
  transitions(@Parent() path: PliePath, @Context() context: object) {
    return plieLoaders(context, this.dataSource).transitionsByPath.load(path.id);
  }

  @ResolveField(() => [PathStep])
  steps(@Parent() path: PliePath, @Context() context: object) {
    return plieLoaders(context, this.dataSource).stepsByPath.load(path.id);
  }

  @ResolveField(() => [Diagnosis], {
    description: 'Les diagnostics socio-professionnels, du plus récent au plus ancien.',
  })
  diagnoses(@Parent() path: PliePath, @Context() context: object) {
    return plieLoaders(context, this.dataSource).diagnosesByPath.load(path.id);
  }

  @ResolveField(() => [Obstacle], {
    description: 'Les freins ; sans `participants:sensitive`, les freins de santé (et leur note) n’y figurent pas.',
  })
  async obstacles(@Parent() path: PliePath, @CurrentActor() actor: Actor, @Context() context: object) {
    const obstacles = await plieLoaders(context, this.dataSource).obstaclesByPath.load(path.id);
    return canSeeSensitive(actor) ? obstacles : obstacles.filter((o) => !SENSITIVE_OBSTACLE_KINDS.includes(o.kind));
  }

  @ResolveField(() => [FollowUp], { description: 'Le journal de suivi, du plus récent au plus ancien.' })
  followUps(@Parent() path: PliePath, @Context() context: object) {
    return plieLoaders(context, this.dataSource).followUpsByPath.load(path.id);
  }

  @ResolveField(() => [CommitteeFile], { description: 'Les passages en comité.' })
  committeeFiles(@Parent() path: PliePath, @Context() context: object) {
    return plieLoaders(context, this.dataSource).committeeFilesByPath.load(path.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Jour du dernier contact réel (entretien, relance avec réponse, réunion suivie).',
  })
  async lastContactOn(@Parent() path: PliePath, @Context() context: object) {
    return (await plieLoaders(context, this.dataSource).contactStatsByPath.load(path.id)).lastContactOn;
  }

  @ResolveField(() => Boolean, { description: 'Sans contact : 2 relances sans réponse depuis le dernier contact.' })
  async withoutContact(@Parent() path: PliePath, @Context() context: object) {
    return (await plieLoaders(context, this.dataSource).contactStatsByPath.load(path.id)).withoutContact;
  }
}

/** The PLIE side of a participant's file. */
@Resolver(() => Participant)
export class ParticipantPliePathsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [PliePath], { description: 'Les parcours PLIE de la personne, du plus récent au plus ancien.' })
  pliePaths(@Parent() participant: Participant, @Context() context: object) {
    return plieLoaders(context, this.dataSource).pathsByParticipant.load(participant.id);
  }

  @ResolveField(() => PliePath, {
    nullable: true,
    description: 'Le parcours PLIE en cours (ni sorti, ni refusé), s’il y en a un.',
  })
  async currentPliePath(@Parent() participant: Participant, @Context() context: object) {
    const paths = await plieLoaders(context, this.dataSource).pathsByParticipant.load(participant.id);
    return paths.find((path) => CURRENT_PATH_STATUSES.includes(path.status)) ?? null;
  }
}
