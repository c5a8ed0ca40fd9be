import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CejContractStatus,
  cejEventReasonIsSensitive,
  Permission,
  SENSITIVE_CEJ_SUSPENSION_REASONS,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor, can } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { Branch } from '../../../core/tenancy/branches/branch.entity';
import { User } from '../../../core/tenancy/users/user.entity';
import { Participant } from '../../participants/participant.entity';
import { canSeeSensitive } from '../../participants/participant-access';
import { participantLoaders } from '../../participants/participant.loaders';
import { cejLoaders } from '../cej.loaders';
import { CejCohort } from '../cohorts/cej-cohort.entity';
import {
  CejContractListArgs,
  CreateCejContractInput,
  EndCejContractInput,
  RenewCejContractInput,
  ResumeCejContractInput,
  SignCejContractInput,
  SuspendCejContractInput,
  UpdateCejContractInput,
} from './cej-contract.dto';
import { CejContract, CejContractEvent, CejContractExit, CejRenewal, CejSuspension } from './cej-contract.entity';
import { CejContractsService } from './cej-contracts.service';

const CejContractConnection = Paginated(CejContract);

@Resolver(() => CejContract)
export class CejContractsResolver {
  constructor(
    private readonly service: CejContractsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.CEJ_READ)
  @Query(() => CejContractConnection, {
    description:
      'Les contrats d’engagement jeune de la structure courante (filtres : état, conseiller·ère, antenne, promo, participant, contrats en cours un jour donné).',
  })
  cejContracts(@CurrentActor() actor: Actor, @Args() { filter, ...page }: CejContractListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.CEJ_READ)
  @Query(() => CejContract, {
    description: 'Un contrat ; chaque lecture est tracée dans le journal d’audit du participant.',
  })
  cejContract(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejContract, {
    description:
      'Prépare un contrat (brouillon) : conseiller·ère, antenne, début, durée initiale (fin calculée), situation fiscale du foyer.',
  })
  createCejContract(@CurrentActor() actor: Actor, @Args('input') input: CreateCejContractInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejContract, {
    description: 'Modifie un contrat ; le début et la durée seulement tant qu’il est en brouillon.',
  })
  updateCejContract(@CurrentActor() actor: Actor, @Args('input') input: UpdateCejContractInput) {
    return this.service.update(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejContract, {
    description: 'Signe le contrat après avoir vérifié l’éligibilité ce jour-là ; refus motivé sinon.',
  })
  signCejContract(@CurrentActor() actor: Actor, @Args('input') input: SignCejContractInput) {
    return this.service.sign(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejContract, { description: 'Suspend un contrat en cours (motif et dates).' })
  suspendCejContract(@CurrentActor() actor: Actor, @Args('input') input: SuspendCejContractInput) {
    return this.service.suspend(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejContract, { description: 'Reprend un contrat suspendu.' })
  resumeCejContract(@CurrentActor() actor: Actor, @Args('input') input: ResumeCejContractInput) {
    return this.service.resume(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE, Permission.CEJ_COORDINATE)
  @Mutation(() => CejContract, {
    description:
      'Renouvelle un contrat en cours après la commission de suivi (coordination) : avis motivé, nouvelle fin ; 12 mois au total, 18 avec une justification.',
  })
  renewCejContract(@CurrentActor() actor: Actor, @Args('input') input: RenewCejContractInput) {
    return this.service.renew(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejContract, {
    description: 'Met fin au contrat, avec un motif de sortie (emploi durable, formation qualifiante, abandon…).',
  })
  endCejContract(@CurrentActor() actor: Actor, @Args('input') input: EndCejContractInput) {
    return this.service.end(actor, input);
  }

  @ResolveField(() => Participant)
  participant(@Parent() contract: CejContract, @Context() context: object) {
    return participantLoaders(context, this.dataSource).participantById.load(contract.participantId);
  }

  @ResolveField(() => User, { description: 'Le conseiller ou la conseillère.' })
  counsellor(@Parent() contract: CejContract, @Context() context: object) {
    return participantLoaders(context, this.dataSource).userById.load(contract.counsellorUserId);
  }

  @ResolveField(() => Branch, { nullable: true })
  branch(@Parent() contract: CejContract, @Context() context: object) {
    return contract.branchId ? participantLoaders(context, this.dataSource).branchById.load(contract.branchId) : null;
  }

  @ResolveField(() => CejCohort, { nullable: true, description: 'La promo du mois collectif.' })
  cohort(@Parent() contract: CejContract, @Context() context: object) {
    return contract.cohortId ? cejLoaders(context, this.dataSource).cohortById.load(contract.cohortId) : null;
  }

  @ResolveField(() => String, {
    description: 'Le dernier jour du contrat : sa fin effective s’il est terminé, sinon sa fin prévue.',
  })
  lastDayOn(@Parent() contract: CejContract): string {
    return contract.endedOn ?? contract.endOn;
  }

  @ResolveField(() => CejContractExit, { nullable: true })
  exit(@Parent() contract: CejContract): CejContractExit | null {
    if (contract.status !== CejContractStatus.ENDED || !contract.endedOn || !contract.exitReason) return null;
    return {
      endedOn: contract.endedOn,
      reason: contract.exitReason,
      positive: contract.exitPositive === true,
      comment: contract.exitComment,
    };
  }

  @ResolveField(() => [CejContractEvent], { description: 'L’historique des états, du plus ancien au plus récent.' })
  async events(
    @Parent() contract: CejContract,
    @CurrentActor() actor: Actor,
    @Context() context: object,
  ): Promise<CejContractEvent[]> {
    const events = await cejLoaders(context, this.dataSource).eventsByContract.load(contract.id);
    if (canSeeSensitive(actor)) return events;
    return events.map((e) => (cejEventReasonIsSensitive(e.reason) ? { ...e, reason: null } : e));
  }

  @ResolveField(() => [CejSuspension], {
    description:
      'Les suspensions ; sans `participants:sensitive`, le motif et la note d’une suspension pour santé valent null.',
  })
  async suspensions(
    @Parent() contract: CejContract,
    @CurrentActor() actor: Actor,
    @Context() context: object,
  ): Promise<CejSuspension[]> {
    const suspensions = await cejLoaders(context, this.dataSource).suspensionsByContract.load(contract.id);
    if (canSeeSensitive(actor)) return suspensions;
    return suspensions.map((s) =>
      SENSITIVE_CEJ_SUSPENSION_REASONS.includes(s.reason) ? ({ ...s, reason: null, note: null } as never) : s,
    );
  }

  @ResolveField(() => [CejRenewal], { description: 'Les renouvellements, du plus ancien au plus récent.' })
  renewals(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).renewalsByContract.load(contract.id);
  }
}

/** The CEJ side of a participant's file. */
@Resolver(() => Participant)
export class ParticipantCejContractsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [CejContract], {
    nullable: true,
    description:
      'Les contrats d’engagement jeune de la personne, du plus récent au plus ancien ; null sans le droit `cej:read`.',
  })
  cejContracts(@Parent() participant: Participant, @Context() context: object, @CurrentActor() actor: Actor) {
    if (!can(actor, Permission.CEJ_READ)) return null;
    return cejLoaders(context, this.dataSource).contractsByParticipant.load(participant.id);
  }
}
