import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CalendarDatePipe } from '../../../core/validation/calendar-date.validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { Paginated } from '../../../core/graphql/pagination';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { cejLoaders } from '../cej.loaders';
import { CejContract } from '../contracts/cej-contract.entity';
import { AddCejActionsInput, RecordCejActionOutcomeInput, UpdateCejActionInput } from './cej-action.dto';
import { CejAction } from './cej-action.entity';
import { CejAttentionArgs, CejAttentionEntry, CejAttentionService } from './cej-attention.service';
import { CejCompanyDays, CejMonthStats, CejWeekStats } from './cej-planning.types';
import { CejPlanningService } from './cej-planning.service';

const CejAttentionConnection = Paginated(CejAttentionEntry);

@Resolver(() => CejAction)
export class CejPlanningResolver {
  constructor(
    private readonly service: CejPlanningService,
    private readonly attention: CejAttentionService,
  ) {}

  @RequirePermissions(Permission.CEJ_READ)
  @Query(() => CejAttentionConnection, {
    description:
      'Les contrats en cours qui demandent l’attention (les vôtres par défaut) : intensité ou assiduité de la semaine écoulée sous les seuils, ' +
      'jours en entreprise hors d’atteinte, positionnement en retard, troisième manquement ; du plus urgent au moins urgent.',
  })
  cejContractsNeedingAttention(@CurrentActor() actor: Actor, @Args() args: CejAttentionArgs) {
    return this.attention.list(actor, args);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => [CejAction], {
    description:
      'Ajoute des actions au planning (une semaine, une période d’emploi…), chacune sur un jour avec ses heures prévues.',
  })
  addCejActions(@CurrentActor() actor: Actor, @Args('input') input: AddCejActionsInput) {
    return this.service.add(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejAction, {
    description:
      'Modifie une action : jour, type et heures tant qu’elle est prévue ; objectif et auto-évaluation à tout moment.',
  })
  updateCejAction(@CurrentActor() actor: Actor, @Args('input') input: UpdateCejActionInput) {
    return this.service.update(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejAction, {
    description:
      'Saisit la réalisation : réalisée, partiellement (heures réalisées), non réalisée (absence justifiée ou non). Un emploi durable met fin au contrat.',
  })
  recordCejActionOutcome(@CurrentActor() actor: Actor, @Args('input') input: RecordCejActionOutcomeInput) {
    return this.service.recordOutcome(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => Boolean, { description: 'Supprime une action encore prévue.' })
  deleteCejAction(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ) {
    return this.service.remove(actor, id, version);
  }
}

/** The planning side of a contract: its actions and the statistics computed in SQL. */
@Resolver(() => CejContract)
export class CejContractPlanningResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [CejAction], {
    description: 'Les actions du planning, par jour ; `from` et `to` bornent la période (AAAA-MM-JJ).',
  })
  async actions(
    @Parent() contract: CejContract,
    @Context() context: object,
    @Args('from', { nullable: true }, CalendarDatePipe) from?: string,
    @Args('to', { nullable: true }, CalendarDatePipe) to?: string,
  ) {
    const all = await cejLoaders(context, this.dataSource).actionsByContract.load(contract.id);
    return all.filter((action) => (!from || action.date >= from) && (!to || action.date <= to));
  }

  @ResolveField(() => [CejWeekStats], {
    description: 'Chaque semaine du contrat : heures prévues et réalisées, assiduité, intensité de 15 à 20 heures.',
  })
  weeks(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).weeksByContract.load(contract.id);
  }

  @ResolveField(() => [CejMonthStats], {
    description: 'Chaque mois du contrat : heures prévues et réalisées, assiduité, intensité moyenne.',
  })
  months(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).monthsByContract.load(contract.id);
  }

  @ResolveField(() => CejCompanyDays, {
    nullable: true,
    description:
      'Jours en entreprise au regard de l’objectif de 40 jours dans les 6 premiers mois ; vide pour un brouillon.',
  })
  async companyDays(@Parent() contract: CejContract, @Context() context: object) {
    if (contract.status === 'DRAFT') return null;
    return cejLoaders(context, this.dataSource).companyDaysByContract.load(contract.id);
  }
}
