import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequireAnyPermission, RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { loadAuthor, UserSummary } from '../../../core/tenancy/users/user-summary';
import { ApprovalCommittee } from '../committees/committee.entity';
import { plieLoaders } from '../plie.loaders';
import { DecidePathCommitteeProposalInput, ProposePathToCommitteeInput } from './committee-proposal.dto';
import { PathCommitteeProposal } from './committee-proposal.entity';
import { CommitteeProposalsService } from './committee-proposals.service';

@Resolver(() => PathCommitteeProposal)
export class CommitteeProposalsResolver {
  constructor(
    private readonly service: CommitteeProposalsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequireAnyPermission(Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE)
  @Mutation(() => PathCommitteeProposal, {
    description:
      'Propose de présenter un parcours admis au comité (le ou la référent·e du prestataire, pour son portefeuille) ; la coordination de la structure porteuse l’inscrit à une séance ou l’écarte.',
  })
  proposePathToCommittee(@CurrentActor() actor: Actor, @Args('input') input: ProposePathToCommitteeInput) {
    return this.service.propose(actor, input);
  }

  @RequirePermissions(Permission.PLIE_COORDINATE)
  @Mutation(() => PathCommitteeProposal, {
    description:
      'La coordination de la structure porteuse inscrit la proposition à une séance du comité à venir, ou l’écarte.',
  })
  decidePathCommitteeProposal(@CurrentActor() actor: Actor, @Args('input') input: DecidePathCommitteeProposalInput) {
    return this.service.decide(actor, input);
  }

  @ResolveField(() => ApprovalCommittee, { nullable: true, description: 'La séance où elle est inscrite.' })
  committee(@Parent() proposal: PathCommitteeProposal, @Context() context: object) {
    return proposal.committeeId ? plieLoaders(context, this.dataSource).committeeById.load(proposal.committeeId) : null;
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui l’a proposée.' })
  proposedBy(@Parent() proposal: PathCommitteeProposal, @Context() context: object) {
    return loadAuthor(context, this.dataSource, proposal.proposedByUserId);
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui l’a inscrite ou écartée.' })
  decidedBy(@Parent() proposal: PathCommitteeProposal, @Context() context: object) {
    return loadAuthor(context, this.dataSource, proposal.decidedByUserId);
  }
}
