import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { PortfolioArgs, PortfolioEntry } from './portfolio.dto';
import { PortfolioService } from './portfolio.service';

const PortfolioEntryConnection = Paginated(PortfolioEntry);

@Resolver(() => PortfolioEntry)
export class PortfolioResolver {
  constructor(private readonly service: PortfolioService) {}

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => PortfolioEntryConnection, {
    description:
      'Le portefeuille du ou de la référent·e connecté·e : ses parcours en cours (et les sortis sans données FSE+ de sortie), ' +
      'les plus urgents d’abord : fiche de sortie à établir, sans contact, pas de contact depuis N semaines, étape se terminant dans les 14 jours, comité en attente.',
  })
  myPortfolio(@CurrentActor() actor: Actor, @Args() args: PortfolioArgs) {
    return this.service.myPortfolio(actor, args);
  }
}
