import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../auth/access.decorator';
import { Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { CreateBranchInput, UpdateBranchInput } from './branch.dto';
import { Branch } from './branch.entity';
import { BranchesService } from './branches.service';

@Resolver(() => Branch)
export class BranchesResolver {
  constructor(private readonly branches: BranchesService) {}

  @RequirePermissions(Permission.STRUCTURE_MANAGE)
  @Mutation(() => Branch)
  createBranch(@CurrentActor() actor: Actor, @Args('input') input: CreateBranchInput) {
    return this.branches.create(actor, input);
  }

  @RequirePermissions(Permission.STRUCTURE_MANAGE)
  @Mutation(() => Branch)
  updateBranch(@CurrentActor() actor: Actor, @Args('input') input: UpdateBranchInput) {
    return this.branches.update(actor, input);
  }

  @RequirePermissions(Permission.STRUCTURE_MANAGE)
  @Mutation(() => Boolean)
  deleteBranch(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.branches.delete(actor, id);
  }
}
