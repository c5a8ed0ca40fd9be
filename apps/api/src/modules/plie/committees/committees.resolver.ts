import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { Paginated } from '../../../core/graphql/pagination';
import { PliePath } from '../paths/plie-path.entity';
import { plieLoaders } from '../plie.loaders';
import {
  ApprovalCommitteeListArgs,
  CreateApprovalCommitteeInput,
  DecideCommitteeFileInput,
  MoveCommitteeFileInput,
  PresentToCommitteeInput,
} from './committee.dto';
import { ApprovalCommittee, CommitteeFile } from './committee.entity';
import { CommitteesService } from './committees.service';

const ApprovalCommitteeConnection = Paginated(ApprovalCommittee);

@Resolver(() => ApprovalCommittee)
export class CommitteesResolver {
  constructor(
    private readonly service: CommitteesService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => ApprovalCommitteeConnection, {
    description: 'Les séances du comité d’agrément, de la plus récente à la plus ancienne.',
  })
  approvalCommittees(@CurrentActor() actor: Actor, @Args() { filter, ...page }: ApprovalCommitteeListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.PARTICIPANTS_READ)
  @Query(() => ApprovalCommittee)
  approvalCommittee(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.PLIE_COORDINATE)
  @Mutation(() => ApprovalCommittee, { description: 'Programme une séance du comité d’agrément et de suivi.' })
  createApprovalCommittee(@CurrentActor() actor: Actor, @Args('input') input: CreateApprovalCommitteeInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => CommitteeFile, {
    description: 'Inscrit un dossier à une séance : un parcours proposé passe « en attente du comité ».',
  })
  presentToCommittee(@CurrentActor() actor: Actor, @Args('input') input: PresentToCommitteeInput) {
    return this.service.present(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => CommitteeFile, {
    description:
      'Reporte un dossier inscrit, sur lequel le comité n’a pas encore statué, à une autre séance de la même structure.',
  })
  moveCommitteeFile(@CurrentActor() actor: Actor, @Args('input') input: MoveCommitteeFileInput) {
    return this.service.move(actor, input);
  }

  @RequirePermissions(Permission.PLIE_COORDINATE)
  @Mutation(() => CommitteeFile, {
    description:
      'Décision du comité sur un dossier : admis (parcours actif), ajourné (reste en attente) ou refusé (non admis), avec motif.',
  })
  decideCommitteeFile(@CurrentActor() actor: Actor, @Args('input') input: DecideCommitteeFileInput) {
    return this.service.decide(actor, input);
  }

  @ResolveField(() => [CommitteeFile], { description: 'Les dossiers présentés.' })
  files(@Parent() committee: ApprovalCommittee, @Context() context: object) {
    return plieLoaders(context, this.dataSource).committeeFilesByCommittee.load(committee.id);
  }
}

@Resolver(() => CommitteeFile)
export class CommitteeFilesResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @ResolveField(() => ApprovalCommittee)
  committee(@Parent() file: CommitteeFile, @Context() context: object) {
    return plieLoaders(context, this.dataSource).committeeById.load(file.committeeId);
  }

  @ResolveField(() => PliePath)
  path(@Parent() file: CommitteeFile, @Context() context: object) {
    return plieLoaders(context, this.dataSource).pathById.load(file.pathId);
  }
}
