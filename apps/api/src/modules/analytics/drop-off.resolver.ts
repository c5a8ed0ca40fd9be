import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { DropOffAnalysis, DropOffFilter } from './drop-off.dto';
import { DropOffService } from './drop-off.service';

@Resolver(() => DropOffAnalysis)
export class DropOffResolver {
  constructor(private readonly service: DropOffService) {}

  @RequirePermissions(Permission.REPORTS_READ)
  @Query(() => DropOffAnalysis, {
    description:
      'Analyse du décrochage de la structure courante (étude du Val d’Oise) : premiers contacts, personnes pas revenues après un premier contact, ' +
      'ruptures de parcours et sorties sans solution, par mois, antenne, tranche d’âge et sexe ; séries prêtes pour des graphiques.',
  })
  dropOffAnalysis(@CurrentActor() actor: Actor, @Args('filter') filter: DropOffFilter) {
    return this.service.analyse(actor, filter);
  }
}
