import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { isReportFrozen, Permission, ReportStatus } from '@passerelle/domain';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Paginated } from '../../core/graphql/pagination';
import {
  AcceptReportInput,
  PrepareReportInput,
  ReportJob,
  ReportListArgs,
  ReportNarrative,
  ReturnReportInput,
  SubmitReportInput,
  UpdateReportInput,
} from './dto/report.dto';
import { ReportFigures } from './figures/report-table.dto';
import { Report } from './report.entity';
import { reviewerOf, ReportsService } from './reports.service';

const ReportConnection = Paginated(Report);

@Resolver(() => Report)
export class ReportsResolver {
  constructor(private readonly service: ReportsService) {}

  @RequirePermissions(Permission.REPORTS_READ)
  @Query(() => ReportConnection, {
    description:
      'Les bilans de la structure courante (les siens, et ceux des lots : rédigés par le prestataire, validés par le porteur), les plus récents d’abord.',
  })
  reports(@CurrentActor() actor: Actor, @Args() args: ReportListArgs) {
    return this.service.list(actor, args);
  }

  @RequirePermissions(Permission.REPORTS_READ)
  @Query(() => Report)
  report(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.REPORTS_READ)
  @Query(() => ReportJob, {
    description: 'L’avancement d’une préparation demandée par `requestReport`, et le bilan une fois prêt.',
  })
  reportJob(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.job(actor, id);
  }

  @RequirePermissions(Permission.REPORTS_WRITE)
  @Mutation(() => Report, {
    description:
      'Prépare (ou retrouve) le bilan de la période, en brouillon ; ses chiffres sont calculés à la lecture.',
  })
  async prepareReport(@CurrentActor() actor: Actor, @Args('input') input: PrepareReportInput) {
    const { structureId, period, lot } = await this.service.target(actor, input);
    const { report } = await this.service.prepare(structureId, period, actor.userId, lot);
    return report;
  }

  @RequirePermissions(Permission.REPORTS_WRITE)
  @Mutation(() => ReportJob, {
    description: 'Demande la préparation d’un bilan à la file de tâches ; suivez-la avec `reportJob(id)`.',
  })
  requestReport(@CurrentActor() actor: Actor, @Args('input') input: PrepareReportInput) {
    return this.service.request(actor, input);
  }

  @RequirePermissions(Permission.REPORTS_WRITE)
  @Mutation(() => Report, { description: 'Rédige les parties qualitatives ; refusé une fois le bilan transmis.' })
  updateReport(@CurrentActor() actor: Actor, @Args('input') input: UpdateReportInput) {
    return this.service.updateSections(actor, input);
  }

  @RequirePermissions(Permission.REPORTS_WRITE)
  @Mutation(() => Report, {
    description: 'Transmet le bilan : ses chiffres sont figés tels quels, il n’est plus modifiable.',
  })
  submitReport(@CurrentActor() actor: Actor, @Args('input') input: SubmitReportInput) {
    return this.service.submit(actor, input);
  }

  @RequirePermissions(Permission.REPORTS_REVIEW)
  @Mutation(() => Report, { description: 'Valide un bilan transmis.' })
  acceptReport(@CurrentActor() actor: Actor, @Args('input') input: AcceptReportInput) {
    return this.service.accept(actor, input);
  }

  @RequirePermissions(Permission.REPORTS_REVIEW)
  @Mutation(() => Report, {
    description:
      'Renvoie un bilan transmis avec des remarques : il redevient un brouillon modifiable, ses chiffres sont recalculés.',
  })
  returnReport(@CurrentActor() actor: Actor, @Args('input') input: ReturnReportInput) {
    return this.service.return(actor, input);
  }

  @ResolveField(() => ReportFigures, {
    description:
      'Les chiffres (critères d’évaluation) : figés si le bilan est transmis ou validé, calculés maintenant sinon.',
  })
  figures(@Parent() report: Report) {
    return this.service.figures(report);
  }

  @ResolveField(() => [ReportNarrative], { description: 'Les parties rédigées, dans l’ordre du bilan.' })
  sections(@Parent() report: Report) {
    return this.service.sections(report);
  }

  @ResolveField(() => Boolean, {
    description:
      'Vrai si je peux rédiger et transmettre ce bilan maintenant (ma structure le rédige, il est modifiable).',
  })
  canWrite(@Parent() report: Report, @CurrentActor() actor: Actor) {
    return (
      !isReportFrozen(report.status) &&
      actor.structureId === report.structureId &&
      actor.permissions.has(Permission.REPORTS_WRITE)
    );
  }

  @ResolveField(() => Boolean, {
    description:
      'Vrai si je peux valider ou renvoyer ce bilan maintenant (transmis, ma structure le valide, et je ne l’ai pas transmis moi-même).',
  })
  canReview(@Parent() report: Report, @CurrentActor() actor: Actor) {
    return (
      report.status === ReportStatus.SUBMITTED &&
      actor.structureId === reviewerOf(report) &&
      report.submittedByUserId !== actor.userId &&
      actor.permissions.has(Permission.REPORTS_REVIEW)
    );
  }

  @ResolveField(() => Boolean, { description: 'Vrai tant que le bilan peut être rédigé (brouillon ou renvoyé).' })
  editable(@Parent() report: Report) {
    return !isReportFrozen(report.status);
  }
}
