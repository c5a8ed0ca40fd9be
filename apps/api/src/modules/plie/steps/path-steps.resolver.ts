import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequireAnyPermission } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { PliePath } from '../paths/plie-path.entity';
import { plieLoaders } from '../plie.loaders';
import { AddPathStepInput, UpdatePathStepInput } from './path-step.dto';
import { PathStep } from './path-step.entity';
import { PathStepsService } from './path-steps.service';

@Resolver(() => PathStep)
export class PathStepsResolver {
  constructor(
    private readonly service: PathStepsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequireAnyPermission(Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE)
  @Mutation(() => PathStep, {
    description:
      'Ajoute une étape à un parcours actif. Un emploi durable ou une formation qualifiante fait passer le parcours en suivi dans l’emploi.',
  })
  addPathStep(@CurrentActor() actor: Actor, @Args('input') input: AddPathStepInput) {
    return this.service.add(actor, input);
  }

  @RequireAnyPermission(Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE)
  @Mutation(() => PathStep, { description: 'Modifie une étape (dates réelles, résultat, contrat…).' })
  updatePathStep(@CurrentActor() actor: Actor, @Args('input') input: UpdatePathStepInput) {
    return this.service.update(actor, input);
  }

  @ResolveField(() => PliePath, { description: 'Le parcours, avec son statut après l’étape.' })
  path(@Parent() step: PathStep, @Context() context: object) {
    return plieLoaders(context, this.dataSource).pathById.load(step.pathId);
  }
}
