import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CalendarDatePipe } from '../../../core/validation/calendar-date.validator';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { PageArgs, Paginated } from '../../../core/graphql/pagination';
import {
  ReportingParameterRow,
  ReportingParametersInForce,
  SetReportingParametersInput,
} from './reporting-parameters.entity';
import { ReportingParametersService } from './reporting-parameters.service';

const ReportingParameterRowConnection = Paginated(ReportingParameterRow);

@Resolver(() => ReportingParameterRow)
export class ReportingParametersResolver {
  constructor(private readonly service: ReportingParametersService) {}

  @RequirePermissions(Permission.REPORTS_READ)
  @Query(() => ReportingParametersInForce, {
    description: 'Les règles de bilan de la structure courante en vigueur à une date (par défaut aujourd’hui).',
  })
  reportingParameters(
    @CurrentActor() actor: Actor,
    @Args('on', { type: () => String, nullable: true }, CalendarDatePipe) on?: string,
  ) {
    return this.service.current(actor, on ?? undefined);
  }

  @RequirePermissions(Permission.REPORTS_READ)
  @Query(() => ReportingParameterRowConnection, {
    description: 'L’historique des règles de bilan datées de la structure courante, la plus récente d’abord.',
  })
  reportingParameterHistory(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.history(actor, page);
  }

  @RequirePermissions(Permission.REPORTS_REVIEW)
  @Mutation(() => ReportingParameterRow, {
    description:
      'Fixe les règles de bilan de la structure courante à partir d’une date (remplace la ligne de ce même jour s’il y en a une).',
  })
  setReportingParameters(@CurrentActor() actor: Actor, @Args('input') input: SetReportingParametersInput) {
    return this.service.set(actor, input);
  }
}
