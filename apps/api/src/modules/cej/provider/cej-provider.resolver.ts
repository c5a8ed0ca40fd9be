import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Loaders } from '../../../core/graphql/loaders';
import { CalendarDatePipe } from '../../../core/validation/calendar-date.validator';
import { Lot } from '../../markets/lots/lot.entity';
import { marketLoaders } from '../../markets/markets.loaders';
import { cejLoaders } from '../cej.loaders';
import { CejCohortSession } from '../cohorts/cej-cohort.entity';
import { CejContract } from '../contracts/cej-contract.entity';
import {
  RecordCejDigitalCertificationInput,
  RecordCejPixDiagnosticInput,
  RecordCejWorkshopAttendanceInput,
  SaveCejDigitalPlanItemInput,
} from '../digital/cej-digital.dto';
import {
  CejDigitalCertification,
  CejDigitalEnrolment,
  CejDigitalPlanItem,
  CejDigitalWorkshop,
  CejPixDiagnostic,
} from '../digital/cej-digital.entity';
import { CejDigitalService } from '../digital/cej-digital.service';
import { CejAction } from '../planning/cej-action.entity';
import { CejMonthlyReturn } from './cej-monthly-return.entity';
import { cejProviderLoaders, lotContractKey } from './cej-provider.loaders';
import {
  CejDigitalMonthlyTable,
  CejMonthlyReturnFigures,
  CejReceivedYoungPerson,
  RecordCejProviderSessionAttendanceInput,
  SaveCejMonthlyReturnInput,
  SubmitCejMonthlyReturnInput,
} from './cej-provider.dto';
import { CejProviderService } from './cej-provider.service';

/**
 * The provider of a contracted CEJ lot: its lots, the young people it receives, what it records for them and their
 * monthly returns. Every operation answers NOT_FOUND for a young person, lot or item it does not receive.
 */
@Resolver(() => CejReceivedYoungPerson)
export class CejProviderResolver {
  constructor(
    private readonly service: CejProviderService,
    private readonly digital: CejDigitalService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Query(() => [Lot], { description: 'Les lots CEJ attribués à la structure prestataire (convention signée).' })
  cejProviderLots(@CurrentActor() actor: Actor) {
    return this.service.lots(actor);
  }

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Query(() => [CejReceivedYoungPerson], {
    description:
      'Les jeunes que le prestataire reçoit (promo dont il anime des ateliers, parcours numérique), par lot.',
  })
  cejReceivedYoungPeople(
    @CurrentActor() actor: Actor,
    @Args('lotId', { type: () => ID, nullable: true }) lotId?: string,
  ) {
    return this.service.youngPeople(actor, lotId ?? null);
  }

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Query(() => CejReceivedYoungPerson, { description: 'Un jeune reçu au titre d’un lot.' })
  cejReceivedYoungPerson(
    @CurrentActor() actor: Actor,
    @Args('contractId', { type: () => ID }) contractId: string,
    @Args('lotId', { type: () => ID }) lotId: string,
  ) {
    return this.service.youngPerson(actor, contractId, lotId);
  }

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Query(() => CejDigitalMonthlyTable, {
    description: 'Le tableau mensuel du parcours numérique d’un lot du prestataire : ses jeunes, ses ateliers.',
  })
  cejProviderDigitalMonthlyTable(
    @CurrentActor() actor: Actor,
    @Args('lotId', { type: () => ID }) lotId: string,
    @Args('month', { description: 'Un jour du mois (AAAA-MM-JJ).' }, CalendarDatePipe) month: string,
  ) {
    return this.service.monthlyTable(actor, lotId, month);
  }

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Mutation(() => CejAction, {
    description: 'Saisit la présence d’un jeune reçu à une journée d’atelier de promo payée par le lot du prestataire.',
  })
  recordCejProviderSessionAttendance(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordCejProviderSessionAttendanceInput,
  ) {
    return this.service.recordSessionAttendance(actor, input);
  }

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Mutation(() => CejDigitalEnrolment, {
    description: 'Saisit la présence d’un jeune à un atelier numérique payé par le lot du prestataire.',
  })
  recordCejProviderWorkshopAttendance(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordCejWorkshopAttendanceInput,
  ) {
    return this.digital.recordAttendance(actor, input, true);
  }

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Mutation(() => CejPixDiagnostic, { description: 'Enregistre le diagnostic Pix d’un jeune reçu.' })
  recordCejProviderPixDiagnostic(@CurrentActor() actor: Actor, @Args('input') input: RecordCejPixDiagnosticInput) {
    return this.digital.recordDiagnostic(actor, input, true);
  }

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Mutation(() => CejDigitalPlanItem, {
    description: 'Ajoute ou met à jour un objectif du plan numérique d’un jeune reçu.',
  })
  saveCejProviderDigitalPlanItem(@CurrentActor() actor: Actor, @Args('input') input: SaveCejDigitalPlanItemInput) {
    return this.digital.savePlanItem(actor, input, true);
  }

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Mutation(() => CejDigitalCertification, { description: 'Enregistre une certification numérique d’un jeune reçu.' })
  recordCejProviderCertification(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordCejDigitalCertificationInput,
  ) {
    return this.digital.recordCertification(actor, input, true);
  }

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Mutation(() => CejMonthlyReturn, {
    description:
      'Écrit le retour mensuel (progrès, difficultés) d’un jeune reçu : un par lot, jeune et mois ; brouillon modifiable avec la version lue.',
  })
  saveCejMonthlyReturn(@CurrentActor() actor: Actor, @Args('input') input: SaveCejMonthlyReturnInput) {
    return this.service.saveReturn(actor, input);
  }

  @RequirePermissions(Permission.CEJ_DELIVER)
  @Mutation(() => CejMonthlyReturn, {
    description: 'Transmet le retour mensuel à la Mission Locale : il est figé et le conseiller le lit.',
  })
  submitCejMonthlyReturn(@CurrentActor() actor: Actor, @Args('input') input: SubmitCejMonthlyReturnInput) {
    return this.service.submitReturn(actor, input);
  }

  @ResolveField(() => [CejPixDiagnostic])
  pixDiagnostics(@Parent() young: CejReceivedYoungPerson, @Context() context: object) {
    return cejLoaders(context, this.dataSource).pixDiagnosticsByContract.load(young.contractId);
  }

  @ResolveField(() => [CejDigitalPlanItem])
  digitalPlan(@Parent() young: CejReceivedYoungPerson, @Context() context: object) {
    return cejLoaders(context, this.dataSource).digitalPlanByContract.load(young.contractId);
  }

  @ResolveField(() => [CejDigitalCertification])
  digitalCertifications(@Parent() young: CejReceivedYoungPerson, @Context() context: object) {
    return cejLoaders(context, this.dataSource).digitalCertificationsByContract.load(young.contractId);
  }

  @ResolveField(() => [CejAction], { description: 'Les journées d’atelier de promo payées par ce lot, par date.' })
  workshopDays(@Parent() young: CejReceivedYoungPerson, @Context() context: object) {
    return cejProviderLoaders(context, this.dataSource).workshopDays.load(
      lotContractKey(young.lotId, young.contractId),
    );
  }

  @ResolveField(() => [CejDigitalEnrolment], { description: 'Les inscriptions aux ateliers numériques de ce lot.' })
  digitalEnrolments(@Parent() young: CejReceivedYoungPerson, @Context() context: object) {
    return cejProviderLoaders(context, this.dataSource).digitalEnrolments.load(
      lotContractKey(young.lotId, young.contractId),
    );
  }

  @ResolveField(() => [CejMonthlyReturn], {
    description: 'Les retours mensuels de ce lot, du plus récent au plus ancien.',
  })
  monthlyReturns(@Parent() young: CejReceivedYoungPerson, @Context() context: object) {
    return cejProviderLoaders(context, this.dataSource).returns.load(lotContractKey(young.lotId, young.contractId));
  }
}

@Resolver(() => CejMonthlyReturn)
export class CejMonthlyReturnResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => CejMonthlyReturnFigures, { description: 'Heures, présences, Pix et certifications du mois.' })
  figures(@Parent() row: CejMonthlyReturn, @Context() context: object) {
    return cejLoaders(context, this.dataSource).monthlyReturnFigures.load(
      `${row.lotId}|${row.contractId}|${row.month}`,
    );
  }

  @ResolveField(() => String)
  async lotTitle(@Parent() row: CejMonthlyReturn, @Context() context: object) {
    return (await marketLoaders(context, this.dataSource).lotById.load(row.lotId))?.title ?? '';
  }

  @ResolveField(() => String, { description: 'Le prestataire.' })
  async providerName(@Parent() row: CejMonthlyReturn, @Context() context: { loaders: Loaders }) {
    return (await context.loaders.structureById.load(row.providerStructureId)).name;
  }
}

/** What the counsellor reads on the contract page: the returns the providers submitted. */
@Resolver(() => CejContract)
export class CejContractMonthlyReturnsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [CejMonthlyReturn], {
    description: 'Les retours mensuels transmis par les prestataires, du plus récent au plus ancien.',
  })
  monthlyReturns(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).monthlyReturnsByContract.load(contract.id);
  }

  @ResolveField(() => Lot, {
    nullable: true,
    description: 'Le lot du parcours numérique vers lequel le jeune est orienté.',
  })
  digitalLot(@Parent() contract: CejContract, @Context() context: object) {
    return contract.digitalLotId ? marketLoaders(context, this.dataSource).lotById.load(contract.digitalLotId) : null;
  }
}

/** Who runs a workshop: the provider of the lot that pays it, or the name kept in free text. */
@Resolver(() => CejCohortSession)
export class CejCohortSessionProviderResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => String, { nullable: true, description: 'Le prestataire qui anime l’atelier.' })
  async provider(@Parent() session: CejCohortSession, @Context() context: object) {
    if (!session.lotId) return session.provider;
    return cejLoaders(context, this.dataSource).providerNameByLot.load(session.lotId);
  }
}

@Resolver(() => CejDigitalWorkshop)
export class CejDigitalWorkshopProviderResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => String, { nullable: true, description: 'Le prestataire ou l’animateur·rice.' })
  async provider(@Parent() workshop: CejDigitalWorkshop, @Context() context: object) {
    if (!workshop.lotId) return workshop.provider;
    return cejLoaders(context, this.dataSource).providerNameByLot.load(workshop.lotId);
  }
}
