import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Permission } from '@passerelle/domain';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { ApiKeysService } from '../tenancy/api-keys/api-keys.service';
import { Actor } from './actor';

/** Integrations authenticate with `X-Api-Key: <key>` or `Authorization: ApiKey <key>`. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, 'api-key') {
  constructor(private readonly apiKeys: ApiKeysService) {
    super();
  }

  async validate(request: Request): Promise<Actor | false> {
    const key = await this.apiKeys.authenticateRequest(request);
    if (!key) return false;
    return {
      kind: 'apiKey',
      userId: null,
      apiKeyId: key.id,
      structureId: key.structureId,
      role: null,
      permissions: new Set(key.scopes as Permission[]),
      isPlatformAdmin: false,
      memberStructureIds: [key.structureId],
    };
  }
}
