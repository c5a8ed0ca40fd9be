import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CalendarDatePipe } from '../../core/validation/calendar-date.validator';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Paginated } from '../../core/graphql/pagination';
import {
  CreatePaymentIndicatorInput,
  DeletePaymentIndicatorInput,
  IndicatorHistoryArgs,
  IndicatorHistoryPoint,
  IndicatorStatus,
  IndicatorUnit,
  IndicatorUnitsArgs,
  LotIndicatorOverview,
  OperatorIndicatorOverviewArgs,
  UpdatePaymentIndicatorInput,
} from './indicators.dto';
import { IndicatorsService } from './indicators.service';
import { PaymentIndicator } from './payment-indicator.entity';

const IndicatorUnitConnection = Paginated(IndicatorUnit);
const LotIndicatorOverviewConnection = Paginated(LotIndicatorOverview);

@Resolver(() => PaymentIndicator)
export class IndicatorsResolver {
  constructor(private readonly service: IndicatorsService) {}

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => PaymentIndicator, {
    description: 'Crée un indicateur de paiement sur un lot de la structure porteuse.',
  })
  createPaymentIndicator(@CurrentActor() actor: Actor, @Args('input') input: CreatePaymentIndicatorInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => PaymentIndicator, {
    description:
      'Redéfinit un indicateur de paiement (les chiffres figés dans les bilans transmis restent tels quels).',
  })
  updatePaymentIndicator(@CurrentActor() actor: Actor, @Args('input') input: UpdatePaymentIndicatorInput) {
    return this.service.update(actor, input);
  }

  @RequirePermissions(Permission.MARKETS_MANAGE)
  @Mutation(() => PaymentIndicator, {
    description:
      'Supprime un indicateur de paiement ; refusé si ses chiffres sont figés dans un bilan transmis ou validé.',
  })
  deletePaymentIndicator(@CurrentActor() actor: Actor, @Args('input') input: DeletePaymentIndicatorInput) {
    return this.service.remove(actor, input);
  }

  @RequirePermissions(Permission.MARKETS_READ)
  @Query(() => [IndicatorHistoryPoint], {
    description:
      'La valeur d’un indicateur à une série de dates (par défaut chaque fin de mois de sa période), calculée en une requête.',
  })
  indicatorHistory(@CurrentActor() actor: Actor, @Args() { indicatorId, dates }: IndicatorHistoryArgs) {
    return this.service.history(actor, indicatorId, dates);
  }

  @RequirePermissions(Permission.MARKETS_READ)
  @Query(() => [IndicatorStatus], {
    description:
      'Les indicateurs de paiement d’un lot à une date : valeur, taux, montant payable, projection. Porteur et prestataire attributaire seulement.',
  })
  lotIndicators(
    @CurrentActor() actor: Actor,
    @Args('lotId', { type: () => ID }) lotId: string,
    @Args(
      'asOf',
      { type: () => String, nullable: true, description: 'AAAA-MM-JJ ; par défaut aujourd’hui.' },
      CalendarDatePipe,
    )
    asOf?: string,
  ) {
    return this.service.lotIndicators(actor, lotId, asOf ?? undefined);
  }

  @RequirePermissions(Permission.MARKETS_READ)
  @Query(() => IndicatorUnitConnection, { description: 'Les unités comptées par un indicateur, avec leur preuve.' })
  indicatorUnits(@CurrentActor() actor: Actor, @Args() { indicatorId, asOf, unproven, ...page }: IndicatorUnitsArgs) {
    return this.service.units(actor, indicatorId, page, asOf ?? undefined, unproven);
  }

  @RequirePermissions(Permission.MARKETS_READ)
  @Query(() => LotIndicatorOverviewConnection, {
    description:
      'Vue d’ensemble de la structure porteuse : ses lots (par marché), leur prestataire et, pour chaque indicateur, valeur, cible, taux, montant payable et projection.',
  })
  operatorIndicatorOverview(@CurrentActor() actor: Actor, @Args() args: OperatorIndicatorOverviewArgs) {
    return this.service.overview(actor, args);
  }
}
