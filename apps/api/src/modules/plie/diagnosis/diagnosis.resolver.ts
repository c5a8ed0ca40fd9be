import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequireAnyPermission } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { AddObstacleInput, RecordDiagnosisInput, UpdateObstacleInput } from './diagnosis.dto';
import { Diagnosis, Obstacle } from './diagnosis.entity';
import { DiagnosisService } from './diagnosis.service';

@Resolver(() => Obstacle)
export class DiagnosisResolver {
  constructor(private readonly service: DiagnosisService) {}

  @RequireAnyPermission(Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE)
  @Mutation(() => Diagnosis, {
    description: 'Enregistre un diagnostic socio-professionnel (synthèse, projet professionnel).',
  })
  recordDiagnosis(@CurrentActor() actor: Actor, @Args('input') input: RecordDiagnosisInput) {
    return this.service.recordDiagnosis(actor, input);
  }

  @RequireAnyPermission(Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE)
  @Mutation(() => Obstacle, { description: 'Ajoute un frein repéré au parcours.' })
  addObstacle(@CurrentActor() actor: Actor, @Args('input') input: AddObstacleInput) {
    return this.service.addObstacle(actor, input);
  }

  @RequireAnyPermission(Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE)
  @Mutation(() => Obstacle, { description: 'Met à jour un frein : gravité, traitement, levée.' })
  updateObstacle(@CurrentActor() actor: Actor, @Args('input') input: UpdateObstacleInput) {
    return this.service.updateObstacle(actor, input);
  }
}
