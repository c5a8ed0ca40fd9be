import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../core/auth/access.decorator';
import { Actor } from '../../core/auth/actor';
import { CurrentActor } from '../../core/auth/current-actor.decorator';
import { Paginated } from '../../core/graphql/pagination';
import { ProofListArgs } from './proof.dto';
import { ProofDocument } from './proof-document.entity';
import { ProofsService } from './proofs.service';

const ProofConnection = Paginated(ProofDocument);

@Resolver(() => ProofDocument)
export class ProofsResolver {
  constructor(private readonly service: ProofsService) {}

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Query(() => ProofConnection, {
    description:
      'Les justificatifs du prestataire, ou ceux des lots de la structure porteuse. Le fichier : GET /files/proofs/:id.',
  })
  proofs(@CurrentActor() actor: Actor, @Args() { filter, ...page }: ProofListArgs) {
    return this.service.list(actor, page, filter);
  }

  @RequirePermissions(Permission.ACTIVITIES_READ)
  @Query(() => ProofDocument)
  proof(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @RequirePermissions(Permission.ACTIVITIES_WRITE)
  @Mutation(() => Boolean, {
    description:
      'Supprime un justificatif : refusé avant sa date de conservation (FORBIDDEN, `reason: PROOF_RETENTION`).',
  })
  deleteProof(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.delete(actor, id);
  }
}
