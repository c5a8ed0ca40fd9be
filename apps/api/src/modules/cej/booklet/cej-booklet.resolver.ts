import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DONE_OUTCOMES, Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { cejLoaders } from '../cej.loaders';
import { CejContract } from '../contracts/cej-contract.entity';
import {
  AddCejBookletEntryInput,
  CejBooklet,
  CejFinalEvaluationRow,
  SaveCejMarketKnowledgeInput,
  SaveCejTransversalSkillInput,
  SetCejFinalEvaluationInput,
  TutorRating,
  UpdateCejBookletEntryInput,
} from './cej-booklet.dto';
import { CejBookletEntry, CejFinalEvaluation, CejMarketKnowledge, CejTransversalSkill } from './cej-booklet.entity';
import { CejBookletService, finalEvaluationRows } from './cej-booklet.service';

@Resolver(() => CejBookletEntry)
export class CejBookletResolver {
  constructor(private readonly service: CejBookletService) {}

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejBookletEntry, {
    description:
      'Ajoute au livret un bilan de tuteur (critères notés de 1 à 4), un compte rendu d’entretien, un travail du ou de la jeune, une ressource sociale.',
  })
  addCejBookletEntry(@CurrentActor() actor: Actor, @Args('input') input: AddCejBookletEntryInput) {
    return this.service.addEntry(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejBookletEntry)
  updateCejBookletEntry(@CurrentActor() actor: Actor, @Args('input') input: UpdateCejBookletEntryInput) {
    return this.service.updateEntry(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejTransversalSkill, {
    description: 'Ajoute ou met à jour une compétence transversale (acquise, à travailler).',
  })
  saveCejTransversalSkill(@CurrentActor() actor: Actor, @Args('input') input: SaveCejTransversalSkillInput) {
    return this.service.saveSkill(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejMarketKnowledge, {
    description: 'Ajoute ou met à jour un secteur, une entreprise ou un métier du bassin d’emploi.',
  })
  saveCejMarketKnowledge(@CurrentActor() actor: Actor, @Args('input') input: SaveCejMarketKnowledgeInput) {
    return this.service.saveMarketKnowledge(actor, input);
  }

  @RequirePermissions(Permission.CEJ_WRITE)
  @Mutation(() => CejFinalEvaluation, { description: 'Remplit une ligne (un thème) du tableau d’évaluation finale.' })
  setCejFinalEvaluation(@CurrentActor() actor: Actor, @Args('input') input: SetCejFinalEvaluationInput) {
    return this.service.setFinalEvaluation(actor, input);
  }

  @ResolveField(() => [TutorRating], { description: 'Pour un bilan de tuteur : les critères notés.' })
  ratings(@Parent() entry: CejBookletEntry): TutorRating[] {
    return Object.entries(entry.ratings ?? {}).map(([criterion, score]) => ({
      criterion: criterion as TutorRating['criterion'],
      score,
    }));
  }
}

/** The booklet side of a contract. */
@Resolver(() => CejContract)
export class CejContractBookletResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => CejBooklet, {
    description: 'Le livret d’actions (aussi en PDF : GET /files/cej/:id/booklet.pdf).',
  })
  async booklet(@Parent() contract: CejContract, @Context() context: object): Promise<CejBooklet> {
    const loaders = cejLoaders(context, this.dataSource);
    const [actions, entries, transversalSkills, marketKnowledge] = await Promise.all([
      loaders.actionsByContract.load(contract.id),
      loaders.bookletEntriesByContract.load(contract.id),
      loaders.transversalSkillsByContract.load(contract.id),
      loaders.marketKnowledgeByContract.load(contract.id),
    ]);
    return {
      actions: actions.filter((a) => DONE_OUTCOMES.includes(a.outcome)),
      entries,
      transversalSkills,
      marketKnowledge,
    };
  }

  @ResolveField(() => [CejFinalEvaluationRow], {
    description:
      'Le tableau d’évaluation finale, un thème par ligne (aussi en XLSX : GET /files/cej/:id/final-evaluation.xlsx).',
  })
  async finalEvaluation(@Parent() contract: CejContract, @Context() context: object): Promise<CejFinalEvaluationRow[]> {
    const loaders = cejLoaders(context, this.dataSource);
    const [rows, positionings] = await Promise.all([
      loaders.finalEvaluationsByContract.load(contract.id),
      loaders.positioningsByContract.load(contract.id),
    ]);
    return finalEvaluationRows(rows, positionings);
  }
}
