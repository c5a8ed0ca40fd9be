import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { ExitReason, Permission, SENSITIVE_EXIT_REASONS } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { RequireAnyPermission, RequirePermissions } from '../../../core/auth/access.decorator';
import { Actor } from '../../../core/auth/actor';
import { CurrentActor } from '../../../core/auth/current-actor.decorator';
import { loadAuthor, UserSummary } from '../../../core/tenancy/users/user-summary';
import { canSeeSensitive } from '../../participants/participant-access';
import { plieLoaders } from '../plie.loaders';
import { PliePath } from '../paths/plie-path.entity';
import { DecidePliePathExitProposalInput, ProposePliePathExitInput } from './path-exit-proposal.dto';
import { PathExitProposal } from './path-exit-proposal.entity';
import { PathExitProposalsService } from './path-exit-proposals.service';

@Resolver(() => PathExitProposal)
export class PathExitProposalsResolver {
  constructor(
    private readonly service: PathExitProposalsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @RequireAnyPermission(Permission.PARTICIPANTS_WRITE, Permission.ACTIVITIES_WRITE)
  @Mutation(() => PathExitProposal, {
    description:
      'Propose la sortie d’un parcours actif (le ou la référent·e du prestataire, le plus souvent) ; la structure porteuse la valide ou l’écarte.',
  })
  proposePliePathExit(@CurrentActor() actor: Actor, @Args('input') input: ProposePliePathExitInput) {
    return this.service.propose(actor, input);
  }

  @RequirePermissions(Permission.PARTICIPANTS_WRITE)
  @Mutation(() => PathExitProposal, {
    description:
      'La structure porteuse valide la sortie proposée (le parcours sort au jour et pour le motif proposés) ou l’écarte.',
  })
  decidePliePathExitProposal(@CurrentActor() actor: Actor, @Args('input') input: DecidePliePathExitProposalInput) {
    return this.service.decide(actor, input);
  }

  @ResolveField(() => PliePath)
  path(@Parent() proposal: PathExitProposal, @Context() context: object) {
    return plieLoaders(context, this.dataSource).pathById.load(proposal.pathId);
  }

  @ResolveField(() => ExitReason, {
    nullable: true,
    description: 'Motif proposé ; null sans `participants:sensitive` pour une sortie pour raisons de santé.',
  })
  reason(@Parent() proposal: PathExitProposal, @CurrentActor() actor: Actor) {
    return SENSITIVE_EXIT_REASONS.includes(proposal.reason) && !canSeeSensitive(actor) ? null : proposal.reason;
  }

  @ResolveField(() => String, { nullable: true })
  comment(@Parent() proposal: PathExitProposal, @CurrentActor() actor: Actor) {
    return SENSITIVE_EXIT_REASONS.includes(proposal.reason) && !canSeeSensitive(actor) ? null : proposal.comment;
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui a proposé la sortie.' })
  proposedBy(@Parent() proposal: PathExitProposal, @Context() context: object) {
    return loadAuthor(context, this.dataSource, proposal.proposedByUserId);
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Qui a validé ou écarté la proposition.' })
  decidedBy(@Parent() proposal: PathExitProposal, @Context() context: object) {
    return loadAuthor(context, this.dataSource, proposal.decidedByUserId);
  }
}
