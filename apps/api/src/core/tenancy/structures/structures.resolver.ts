import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../auth/access.decorator';
import { Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Loaders } from '../../graphql/loaders';
import { Paginated } from '../../graphql/pagination';
import { Branch } from '../branches/branch.entity';
import { CreateStructureInput, StructureListArgs, UpdateStructureInput } from './structure.dto';
import { Structure } from './structure.entity';
import { StructuresService } from './structures.service';

const StructureConnection = Paginated(Structure);

@Resolver(() => Structure)
export class StructuresResolver {
  constructor(private readonly service: StructuresService) {}

  @RequirePermissions(Permission.STRUCTURE_READ)
  @Query(() => StructureConnection, {
    description: 'Les structures visibles : les siennes, ou toutes pour un administrateur.',
  })
  structures(@CurrentActor() actor: Actor, @Args() { filter, ...page }: StructureListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.STRUCTURE_READ)
  @Query(() => Structure)
  structure(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.PLATFORM_ADMIN)
  @Mutation(() => Structure)
  createStructure(@CurrentActor() actor: Actor, @Args('input') input: CreateStructureInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.STRUCTURE_MANAGE)
  @Mutation(() => Structure)
  updateStructure(@CurrentActor() actor: Actor, @Args('input') input: UpdateStructureInput) {
    return this.service.update(actor, input);
  }

  @ResolveField(() => [Branch])
  branches(@Parent() structure: Structure, @Context('loaders') loaders: Loaders) {
    return loaders.branchesByStructure.load(structure.id);
  }
}
