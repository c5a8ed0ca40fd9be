import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@passerelle/domain';
import { RequirePermissions } from '../../auth/access.decorator';
import { Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Paginated, PageArgs } from '../../graphql/pagination';
import { CreateApiKeyInput, CreatedApiKey } from './api-key.dto';
import { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';

const ApiKeyConnection = Paginated(ApiKey);

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly service: ApiKeysService) {}

  @RequirePermissions(Permission.API_KEYS_MANAGE)
  @Query(() => ApiKeyConnection, { description: 'Les clés d’API de la structure courante.' })
  apiKeys(@CurrentActor() actor: Actor, @Args() page: PageArgs) {
    return this.service.list(actor, page);
  }

  @RequirePermissions(Permission.API_KEYS_MANAGE)
  @Mutation(() => CreatedApiKey)
  createApiKey(@CurrentActor() actor: Actor, @Args('input') input: CreateApiKeyInput) {
    return this.service.create(actor, input);
  }

  @RequirePermissions(Permission.API_KEYS_MANAGE)
  @Mutation(() => ApiKey)
  revokeApiKey(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.revoke(actor, id);
  }
}
