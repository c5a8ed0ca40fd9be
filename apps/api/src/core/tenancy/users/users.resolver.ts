import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../auth/access.decorator';
import { Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Loaders } from '../../graphql/loaders';
import { Paginated } from '../../graphql/pagination';
import { canSeeStructure } from '../scope';
import { CreateUserInput, RemoveMembershipInput, SetMembershipInput, UserListArgs } from './user.dto';
import { MembershipView, User } from './user.entity';
import { UsersService } from './users.service';

const UserConnection = Paginated(User);

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @RequirePermissions(Permission.USERS_READ)
  @Query(() => UserConnection, { description: 'Les membres de la structure courante.' })
  users(@CurrentActor() actor: Actor, @Args() { filter, ...page }: UserListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.USERS_MANAGE)
  @Mutation(() => User, { description: 'Crée un compte rattaché à la structure courante avec ce rôle.' })
  createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.USERS_MANAGE)
  @Mutation(() => User, { description: 'Donne ou change le rôle d’un utilisateur dans une structure.' })
  setMembership(@CurrentActor() actor: Actor, @Args('input') input: SetMembershipInput) {
    return this.service.setMembership(actor, input);
  }

  @RequirePermissions(Permission.USERS_MANAGE)
  @Mutation(() => User)
  removeMembership(@CurrentActor() actor: Actor, @Args('input') input: RemoveMembershipInput) {
    return this.service.removeMembership(actor, input);
  }

  /** Only the memberships in structures the caller may see. */
  @ResolveField(() => [MembershipView])
  async memberships(
    @Parent() user: User,
    @CurrentActor() actor: Actor,
    @Context('loaders') loaders: Loaders,
  ): Promise<MembershipView[]> {
    const memberships = await loaders.membershipsByUser.load(user.id);
    const visible = memberships.filter((m) => canSeeStructure(actor, m.structureId));
    const structures = await loaders.structureById.loadMany(visible.map((m) => m.structureId));
    return visible.map((m, i) => ({ role: m.role, structure: structures[i] as MembershipView['structure'] }));
  }
}
