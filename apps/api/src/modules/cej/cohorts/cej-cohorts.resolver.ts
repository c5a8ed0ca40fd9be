import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CejCohortPeriod,
  COHORT_WORKSHOP_DAYS_MAX,
  COHORT_WORKSHOP_DAYS_MIN,
  cohortPeriod,
  Permission,
  todayInParis,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { Branch } from '../../../core/tenancy/branches/branch.entity';
import { User } from '../../../core/tenancy/users/user.entity';
import { tenancyLoaders } from '../../../core/graphql/loaders';
import { cejLoaders } from '../cej.loaders';
import { CejContract } from '../contracts/cej-contract.entity';
import {
  AddCejCohortMembersInput,
  AddCejCohortSessionInput,
  CejCohortListArgs,
  CreateCejCohortInput,
  RemoveCejCohortMemberInput,
  UpdateCejCohortInput,
} from './cej-cohort.dto';
import { CejCohort, CejCohortSession } from './cej-cohort.entity';
import { CejCohortsService } from './cej-cohorts.service';

const CejCohortConnection = Paginated(CejCohort);

@Resolver(() => CejCohort)
export class CejCohortsResolver {
  constructor(
    private readonly service: CejCohortsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.CEJ_READ)
  @Query(() => CejCohortConnection, {
    description: 'Les promos (mois collectif intensif) de la structure : plusieurs peuvent courir en même temps.',
  })
  cejCohorts(@CurrentActor() actor: Actor, @Args() { filter, ...page }: CejCohortListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.CEJ_READ)
  @Query(() => CejCohort)
  cejCohort(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejCohort, { description: 'Crée une promo : nom, antenne, conseiller·ère, dates (un mois au plus).' })
  createCejCohort(@CurrentActor() actor: Actor, @Args('input') input: CreateCejCohortInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejCohort)
  updateCejCohort(@CurrentActor() actor: Actor, @Args('input') input: UpdateCejCohortInput) {
    return this.service.update(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejCohortSession, {
    description:
      'Ajoute une journée d’atelier animée par un prestataire ; elle s’inscrit au planning de chaque membre.',
  })
  addCejCohortSession(@CurrentActor() actor: Actor, @Args('input') input: AddCejCohortSessionInput) {
    return this.service.addSession(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejCohort, {
    description: 'Fait entrer des contrats signés dans la promo ; ses journées s’ajoutent à leur planning.',
  })
  addCejCohortMembers(@CurrentActor() actor: Actor, @Args('input') input: AddCejCohortMembersInput) {
    return this.service.addMembers(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejCohort, {
    description: 'Retire un contrat de la promo ; ses journées encore prévues quittent son planning.',
  })
  removeCejCohortMember(@CurrentActor() actor: Actor, @Args('input') input: RemoveCejCohortMemberInput) {
    return this.service.removeMember(actor, input);
  }

  @ResolveField(() => User)
  counsellor(@Parent() cohort: CejCohort, @Context() context: object) {
    return tenancyLoaders(context, this.dataSource).userById.load(cohort.counsellorUserId);
  }

  @ResolveField(() => Branch, { nullable: true })
  branch(@Parent() cohort: CejCohort, @Context() context: object) {
    return cohort.branchId ? tenancyLoaders(context, this.dataSource).branchById.load(cohort.branchId) : null;
  }

  @ResolveField(() => [CejCohortSession], { description: 'Les journées d’atelier, par date.' })
  sessions(@Parent() cohort: CejCohort, @Context() context: object) {
    return cejLoaders(context, this.dataSource).sessionsByCohort.load(cohort.id);
  }

  @ResolveField(() => [CejContract], { description: 'Les contrats membres de la promo.' })
  members(@Parent() cohort: CejCohort, @Context() context: object) {
    return cejLoaders(context, this.dataSource).contractsByCohort.load(cohort.id);
  }

  @ResolveField(() => CejCohortPeriod, { description: 'À venir, en cours ou terminée, vu d’aujourd’hui.' })
  period(@Parent() cohort: CejCohort): CejCohortPeriod {
    return cohortPeriod(cohort, todayInParis());
  }

  @ResolveField(() => Int, { description: 'Nombre de contrats membres.' })
  async memberCount(@Parent() cohort: CejCohort, @Context() context: object) {
    return (await cejLoaders(context, this.dataSource).contractsByCohort.load(cohort.id)).length;
  }

  @ResolveField(() => Int, { description: 'Jours d’ateliers distincts programmés.' })
  async workshopDays(@Parent() cohort: CejCohort, @Context() context: object) {
    const sessions = await cejLoaders(context, this.dataSource).sessionsByCohort.load(cohort.id);
    return new Set(sessions.map((s) => s.date)).size;
  }

  @ResolveField(() => Boolean, {
    description: `Le programme compte de ${COHORT_WORKSHOP_DAYS_MIN} à ${COHORT_WORKSHOP_DAYS_MAX} jours d’ateliers.`,
  })
  async workshopDaysTargetMet(@Parent() cohort: CejCohort, @Context() context: object) {
    const days = await this.workshopDays(cohort, context);
    return days >= COHORT_WORKSHOP_DAYS_MIN && days <= COHORT_WORKSHOP_DAYS_MAX;
  }
}
