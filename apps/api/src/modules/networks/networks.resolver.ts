import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { User } from '../../core/tenancy/users/user.entity';
import {
  GrantControllerAccessInput,
  Network,
  NetworkFigures,
  NetworkFiguresFilter,
  NetworkMemberInput,
} from './networks.dto';
import { NetworksService } from './networks.service';

@Resolver(() => Network)
export class NetworksResolver {
  constructor(private readonly service: NetworksService) {}

  @RequirePermissions(Permission.NETWORK_READ)
  @Query(() => Network, { description: 'Le réseau courant (X-Structure-Id) et ses structures membres.' })
  network(@CurrentActor() actor: Actor) {
    return this.service.current(actor);
  }

  @RequirePermissions(Permission.NETWORK_READ)
  @Query(() => NetworkFigures, {
    description:
      'Chiffres agrégés du réseau courant, par structure membre : effectifs, décrochage, activité, indicateurs de paiement, ' +
      'statuts des bilans ; les effectifs de personnes sous le seuil des petits effectifs valent null.',
  })
  networkFigures(@CurrentActor() actor: Actor, @Args('filter') filter: NetworkFiguresFilter) {
    return this.service.figures(actor, filter);
  }

  @RequirePermissions(Permission.PLATFORM_ADMIN)
  @Mutation(() => Network, { description: 'Ajoute une structure aux membres d’un réseau.' })
  addNetworkMember(@CurrentActor() actor: Actor, @Args('input') input: NetworkMemberInput) {
    return this.service.addMember(actor, input);
  }

  @RequirePermissions(Permission.PLATFORM_ADMIN)
  @Mutation(() => Network, { description: 'Retire une structure des membres d’un réseau.' })
  removeNetworkMember(@CurrentActor() actor: Actor, @Args('input') input: NetworkMemberInput) {
    return this.service.removeMember(actor, input);
  }

  @RequirePermissions(Permission.PLATFORM_ADMIN)
  @Mutation(() => User, {
    description:
      'Donne en une fois le rôle de contrôleur (CONTROLLER) dans les structures membres choisies ; tout ou rien, tracé.',
  })
  grantControllerAccess(@CurrentActor() actor: Actor, @Args('input') input: GrantControllerAccessInput) {
    return this.service.grantControllerAccess(actor, input);
  }
}
