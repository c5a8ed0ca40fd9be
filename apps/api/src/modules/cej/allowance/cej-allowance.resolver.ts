import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CalendarDatePipe } from '../../../core/validation/calendar-date.validator';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AllowanceMonth,
  CejContractStatus,
  CEJ_TERMINATING_BREACH_RANK,
  monthStart,
  Permission,
  todayInParis,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { participantLoaders } from '../../participants/participant.loaders';
import { cejLoaders } from '../cej.loaders';
import { CejContract } from '../contracts/cej-contract.entity';
import {
  CejAllowanceMonth,
  DeclareCejIncomeInput,
  DecideCejTerminationInput,
  RecordCejBreachInput,
  RecordCejParameterInput,
} from './cej-allowance.dto';
import { CejBreach, CejIncomeDeclaration } from './cej-allowance.entity';
import { allowanceStatement, CejAllowanceService } from './cej-allowance.service';
import { CejParameter } from './cej-parameter.entity';

@Resolver()
export class CejAllowanceResolver {
  constructor(private readonly service: CejAllowanceService) {}

  @RequirePermissions(Permission.CEJ_READ)
  @Query(() => [CejParameter], {
    description:
      'Les paramètres datés des règles du CEJ (montants de l’allocation, SMIC, seuils), par clé puis par date.',
  })
  cejParameters() {
    return this.service.parameters();
  }

  @RequirePermissions(Permission.PLATFORM_ADMIN)
  @Mutation(() => CejParameter, {
    description:
      'Ajoute une valeur datée d’un paramètre (revalorisation, nouveau SMIC) ; les valeurs passées ne changent pas.',
  })
  recordCejParameter(@CurrentActor() actor: Actor, @Args('input') input: RecordCejParameterInput) {
    return this.service.recordParameter(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejIncomeDeclaration, {
    description:
      'Déclare les ressources d’un mois (revenus d’activité, revenus déduits en totalité, situation fiscale).',
  })
  declareCejIncome(@CurrentActor() actor: Actor, @Args('input') input: DeclareCejIncomeInput) {
    return this.service.declare(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejBreach, {
    description:
      'Enregistre un manquement (absence injustifiée) : 1er, retrait d’un quart de l’allocation du mois ; 2e, suppression du mois ; 3e, fin du contrat à décider.',
  })
  recordCejBreach(@CurrentActor() actor: Actor, @Args('input') input: RecordCejBreachInput) {
    return this.service.recordBreach(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE, Permission.CEJ_COORDINATE)
  @Mutation(() => CejContract, {
    description:
      'Après un troisième manquement, la fin décidée par la structure (coordination), le ou la jeune entendu·e ; effet le 1er du mois suivant.',
  })
  decideCejTermination(@CurrentActor() actor: Actor, @Args('input') input: DecideCejTerminationInput) {
    return this.service.decideTermination(actor, input);
  }
}

/** The allowance side of a contract. */
@Resolver(() => CejContract)
export class CejContractAllowanceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [CejIncomeDeclaration], { description: 'Les déclarations mensuelles de ressources.' })
  incomeDeclarations(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).declarationsByContract.load(contract.id);
  }

  @ResolveField(() => [CejBreach], { description: 'Les manquements, par rang.' })
  breaches(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).breachesByContract.load(contract.id);
  }

  @ResolveField(() => Boolean, { description: 'Un troisième manquement attend la décision de fin du contrat.' })
  async terminationDecisionPending(@Parent() contract: CejContract, @Context() context: object) {
    if (contract.status === CejContractStatus.ENDED || contract.status === CejContractStatus.DRAFT) return false;
    const breaches = await cejLoaders(context, this.dataSource).breachesByContract.load(contract.id);
    return breaches.some((b) => b.rank >= CEJ_TERMINATING_BREACH_RANK);
  }

  @ResolveField(() => [CejAllowanceMonth], {
    description:
      'L’allocation mois par mois jusqu’au mois en cours, chaque terme du calcul détaillé ; `month` (un jour du mois) n’en garde qu’un.',
  })
  async allowance(
    @Parent() contract: CejContract,
    @Context() context: object,
    @Args('month', { nullable: true }, CalendarDatePipe) month?: string,
  ): Promise<AllowanceMonth[]> {
    const loaders = cejLoaders(context, this.dataSource);
    const [participant, declarations, breaches, suspensions, parameters] = await Promise.all([
      participantLoaders(context, this.dataSource).participantById.load(contract.participantId),
      loaders.declarationsByContract.load(contract.id),
      loaders.breachesByContract.load(contract.id),
      loaders.suspensionsByContract.load(contract.id),
      loaders.parameters.load('all'),
    ]);
    const months = allowanceStatement({
      contract,
      birthDate: participant!.birthDate,
      declarations,
      breaches,
      suspensions,
      parameters,
      today: todayInParis(),
    });
    return month ? months.filter((m) => m.month === monthStart(month)) : months;
  }
}
