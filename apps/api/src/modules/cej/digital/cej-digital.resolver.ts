import { Args, ArgsType, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Permission,
  PIX_COMPETENCES,
  PIX_DOMAIN_LABELS,
  PIX_MAX_PER_COMPETENCE,
  PixDomain,
  pixLevel,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { PageArgs, Paginated } from '../../../core/graphql/pagination';
import { CalendarDatePipe } from '../../../core/validation/calendar-date.validator';
import { cejLoaders } from '../cej.loaders';
import { CejContract } from '../contracts/cej-contract.entity';
import {
  CejDigitalMonthlyReport,
  CejPixCompetenceResult,
  CejPixDomainResult,
  CreateCejDigitalWorkshopInput,
  EnrolInCejDigitalWorkshopInput,
  RecordCejDigitalCertificationInput,
  RecordCejPixDiagnosticInput,
  RecordCejWorkshopAttendanceInput,
  SaveCejDigitalPlanItemInput,
  SetCejContractDigitalLotInput,
} from './cej-digital.dto';
import { CejDigitalMonthlyTable } from '../provider/cej-provider.dto';
import {
  CejDigitalCertification,
  CejDigitalEnrolment,
  CejDigitalPlanItem,
  CejDigitalWorkshop,
  CejPixDiagnostic,
} from './cej-digital.entity';
import { CejDigitalService } from './cej-digital.service';
import { OptionalDay, OptionalId } from '../../../core/validation/fields';

const CejDigitalWorkshopConnection = Paginated(CejDigitalWorkshop);

@ArgsType()
class CejDigitalWorkshopListArgs extends PageArgs {
  @OptionalDay() from?: string;
  @OptionalDay() to?: string;
  @OptionalId('Antenne inconnue.') branchId?: string;
}

@Resolver(() => CejPixDiagnostic)
export class CejDigitalResolver {
  constructor(private readonly service: CejDigitalService) {}

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejPixDiagnostic, {
    description: 'Enregistre un diagnostic Pix : les pix de chaque compétence (0 à 56 ; les absentes comptent 0).',
  })
  recordCejPixDiagnostic(@CurrentActor() actor: Actor, @Args('input') input: RecordCejPixDiagnosticInput) {
    return this.service.recordDiagnostic(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejDigitalPlanItem, {
    description: 'Ajoute ou met à jour un objectif du plan d’action numérique individualisé.',
  })
  saveCejDigitalPlanItem(@CurrentActor() actor: Actor, @Args('input') input: SaveCejDigitalPlanItemInput) {
    return this.service.savePlanItem(actor, input);
  }

  @RequirePermissions(Permission.CEJ_READ)
  @Query(() => CejDigitalWorkshopConnection, { description: 'Les ateliers numériques collectifs de la structure.' })
  cejDigitalWorkshops(
    @CurrentActor() actor: Actor,
    @Args() { from, to, branchId, ...page }: CejDigitalWorkshopListArgs,
  ) {
    return this.service.listWorkshops(actor, page, { from, to, branchId });
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejDigitalWorkshop, {
    description: 'Programme un atelier numérique collectif dans l’espace numérique d’une antenne.',
  })
  createCejDigitalWorkshop(@CurrentActor() actor: Actor, @Args('input') input: CreateCejDigitalWorkshopInput) {
    return this.service.createWorkshop(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejDigitalEnrolment, {
    description: 'Inscrit un contrat à un atelier numérique (dans la limite des places).',
  })
  enrolInCejDigitalWorkshop(@CurrentActor() actor: Actor, @Args('input') input: EnrolInCejDigitalWorkshopInput) {
    return this.service.enrol(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejDigitalEnrolment, { description: 'Saisit la présence à un atelier numérique.' })
  recordCejWorkshopAttendance(@CurrentActor() actor: Actor, @Args('input') input: RecordCejWorkshopAttendanceInput) {
    return this.service.recordAttendance(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejDigitalCertification, {
    description: 'Enregistre une certification numérique obtenue (Pix, CléA numérique, PCIE).',
  })
  recordCejDigitalCertification(
    @CurrentActor() actor: Actor,
    @Args('input') input: RecordCejDigitalCertificationInput,
  ) {
    return this.service.recordCertification(actor, input);
  }

  @RequirePermissions(Permission.CEJ_READ)
  @Query(() => CejDigitalMonthlyReport, {
    description: 'Le tableau de suivi mensuel du parcours numérique (structure courante, une antenne au besoin).',
  })
  cejDigitalMonthlyReport(
    @CurrentActor() actor: Actor,
    @Args('month', { description: 'Un jour du mois (AAAA-MM-JJ).' }, CalendarDatePipe) month: string,
    @Args('branchId', { type: () => ID, nullable: true }) branchId?: string,
  ) {
    return this.service.monthlyReport(actor, month, branchId ?? null);
  }

  @RequirePermissions(Permission.CEJ_READ)
  @Query(() => CejDigitalMonthlyTable, {
    description:
      'Le tableau de suivi mensuel du parcours numérique, synthèse et une ligne par jeune (structure courante, une antenne au besoin).',
  })
  async cejDigitalMonthlyTable(
    @CurrentActor() actor: Actor,
    @Args('month', { description: 'Un jour du mois (AAAA-MM-JJ).' }, CalendarDatePipe) month: string,
    @Args('branchId', { type: () => ID, nullable: true }) branchId?: string,
  ) {
    return this.service.operatorMonthlyTable(actor, month, branchId ?? null);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejContract, {
    description: 'Oriente le jeune vers le parcours numérique d’un lot attribué : son prestataire le reçoit.',
  })
  setCejContractDigitalLot(@CurrentActor() actor: Actor, @Args('input') input: SetCejContractDigitalLotInput) {
    return this.service.setDigitalLot(actor, input);
  }

  @ResolveField(() => Int, { description: 'Total des pix (896 au plus).' })
  totalPix(@Parent() diagnostic: CejPixDiagnostic): number {
    return diagnostic.scores.reduce((sum, s) => sum + s.pix, 0);
  }

  @ResolveField(() => [CejPixCompetenceResult], { description: 'Les 16 compétences, dans l’ordre du référentiel.' })
  competences(@Parent() diagnostic: CejPixDiagnostic): CejPixCompetenceResult[] {
    return PIX_COMPETENCES.map((c) => {
      const pix = diagnostic.scores.find((s) => s.competence === c.code)?.pix ?? 0;
      return { competence: c.code, label: c.label, domain: c.domain, pix, level: pixLevel(pix) };
    });
  }

  @ResolveField(() => [CejPixDomainResult])
  domains(@Parent() diagnostic: CejPixDiagnostic): CejPixDomainResult[] {
    return Object.values(PixDomain).map((domain) => {
      const codes = PIX_COMPETENCES.filter((c) => c.domain === domain).map((c) => c.code);
      return {
        domain,
        label: PIX_DOMAIN_LABELS[domain],
        pix: diagnostic.scores.filter((s) => codes.includes(s.competence)).reduce((sum, s) => sum + s.pix, 0),
        maxPix: codes.length * PIX_MAX_PER_COMPETENCE,
      };
    });
  }
}

@Resolver(() => CejDigitalEnrolment)
export class CejDigitalEnrolmentResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => CejDigitalWorkshop)
  workshop(@Parent() enrolment: CejDigitalEnrolment, @Context() context: object) {
    return cejLoaders(context, this.dataSource).digitalWorkshopById.load(enrolment.workshopId);
  }
}

/** The digital side of a contract. */
@Resolver(() => CejContract)
export class CejContractDigitalResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [CejPixDiagnostic], { description: 'Les diagnostics Pix, du plus ancien au plus récent.' })
  pixDiagnostics(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).pixDiagnosticsByContract.load(contract.id);
  }

  @ResolveField(() => [CejDigitalPlanItem], { description: 'Le plan d’action numérique individualisé.' })
  digitalPlan(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).digitalPlanByContract.load(contract.id);
  }

  @ResolveField(() => [CejDigitalEnrolment], { description: 'Les inscriptions aux ateliers numériques.' })
  digitalEnrolments(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).digitalEnrolmentsByContract.load(contract.id);
  }

  @ResolveField(() => [CejDigitalCertification])
  digitalCertifications(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).digitalCertificationsByContract.load(contract.id);
  }
}
