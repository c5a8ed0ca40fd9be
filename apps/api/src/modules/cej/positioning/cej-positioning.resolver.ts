import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CejContractStatus,
  Permission,
  POSITIONING_SKILLS,
  positioningDueStatus,
  positioningProgress,
  positioningSchedule,
  positioningSkill,
  todayInParis,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { InputError } from '../../../core/graphql/errors';
import { cejLoaders } from '../cej.loaders';
import { CejContract } from '../contracts/cej-contract.entity';
import {
  CejPositioningDue,
  CejPositioningProgress,
  CejPositioningSkill,
  RecordCejPositioningInput,
  UpdateCejPositioningInput,
} from './cej-positioning.dto';
import { CejPositioning } from './cej-positioning.entity';
import { CejPositioningService } from './cej-positioning.service';

@Resolver(() => CejPositioning)
export class CejPositioningResolver {
  constructor(private readonly service: CejPositioningService) {}

  @RequirePermissions(Permission.CEJ_READ)
  @Query(() => [CejPositioningSkill], {
    description:
      'La grille de positionnement : les compétences des champs social, professionnel et des savoirs fondamentaux.',
  })
  cejPositioningGrid(): CejPositioningSkill[] {
    return [...POSITIONING_SKILLS];
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejPositioning, {
    description:
      'Saisit une fiche de positionnement (initiale, 6 mois, 12 mois, renouvellement), toute la grille notée de 1 à 4.',
  })
  recordCejPositioning(@CurrentActor() actor: Actor, @Args('input') input: RecordCejPositioningInput) {
    return this.service.record(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejPositioning)
  updateCejPositioning(@CurrentActor() actor: Actor, @Args('input') input: UpdateCejPositioningInput) {
    return this.service.update(actor, input);
  }
}

/** The positioning side of a contract. */
@Resolver(() => CejContract)
export class CejContractPositioningResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => [CejPositioning], {
    description: 'Les fiches de positionnement, de la plus ancienne à la plus récente.',
  })
  positionings(@Parent() contract: CejContract, @Context() context: object) {
    return cejLoaders(context, this.dataSource).positioningsByContract.load(contract.id);
  }

  @ResolveField(() => [CejPositioningDue], {
    description:
      'Les fiches dues (15 premiers jours, 6 mois, 12 mois, chaque renouvellement), leur échéance et leur état.',
  })
  async positioningSchedule(@Parent() contract: CejContract, @Context() context: object): Promise<CejPositioningDue[]> {
    if (contract.status === CejContractStatus.DRAFT) return [];
    const loaders = cejLoaders(context, this.dataSource);
    const [renewals, positionings] = await Promise.all([
      loaders.renewalsByContract.load(contract.id),
      loaders.positioningsByContract.load(contract.id),
    ]);
    const today = todayInParis();
    return positioningSchedule(
      { startOn: contract.startOn, lastDayOn: contract.endedOn ?? contract.endOn },
      renewals,
    ).map((due) => {
      const done = positionings.find((p) => p.milestone === due.milestone && p.renewalId === due.renewalId) ?? null;
      return { ...due, status: positioningDueStatus(due, done !== null, today), positioning: done };
    });
  }

  @ResolveField(() => CejPositioningProgress, {
    nullable: true,
    description:
      'La progression entre deux fiches (par défaut la première et la dernière) ; vide avant la deuxième fiche.',
  })
  async positioningProgress(
    @Parent() contract: CejContract,
    @Context() context: object,
    @Args('fromId', { type: () => ID, nullable: true }) fromId?: string,
    @Args('toId', { type: () => ID, nullable: true }) toId?: string,
  ): Promise<CejPositioningProgress | null> {
    const positionings = await cejLoaders(context, this.dataSource).positioningsByContract.load(contract.id);
    const from = fromId ? positionings.find((p) => p.id === fromId) : positionings[0];
    const to = toId ? positionings.find((p) => p.id === toId) : positionings[positionings.length - 1];
    if ((fromId && !from) || (toId && !to))
      throw new InputError({ [fromId && !from ? 'fromId' : 'toId']: 'Cette fiche n’appartient pas au contrat.' });
    if (!from || !to || from.id === to.id) return null;
    const progress = positioningProgress(from.scores, to.scores);
    return {
      from,
      to,
      fields: progress.fields,
      skills: progress.skills.map((s) => ({ ...s, label: positioningSkill(s.skill)!.label })),
    };
  }
}
