import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { API_KEY_SCOPES, Permission, Role, ROLE_PERMISSIONS } from '@passerelle/domain';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { Membership } from '../users/user.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../auth/actor';
import { InputError } from '../../graphql/errors';
import { Connection, PageArgs, paginate } from '../../graphql/pagination';
import { requireStructureId } from '../scope';
import { CreateApiKeyInput, CreatedApiKey } from './api-key.dto';
import { ApiKey } from './api-key.entity';
import { findOrNotFound } from '../../database/find';

export interface AuthenticatedKey {
  key: ApiKey;
  creatorRole: Role;
  /** The key's scopes that its creator still holds. */
  permissions: Permission[];
}

const KEY_FORMAT = /^psk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, page: PageArgs): Promise<Connection<ApiKey>> {
    const query = this.dataSource
      .getRepository(ApiKey)
      .createQueryBuilder('k')
      .where('k."structureId" = :structureId', { structureId: requireStructureId(actor) })
      .orderBy('k.createdAt', 'DESC')
      .addOrderBy('k.id', 'ASC');
    return paginate(query, page);
  }

  /** A key may carry only scopes that exist and that its creator holds. */
  async create(actor: Actor, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const structureId = requireStructureId(actor);
    const unknown = input.scopes.filter((s) => !API_KEY_SCOPES.includes(s as Permission));
    if (unknown.length) throw new InputError({ scopes: `Droits inconnus : ${unknown.join(', ')}.` });
    const beyond = input.scopes.filter((s) => !actor.permissions.has(s as Permission));
    if (beyond.length)
      throw new InputError({
        scopes: `Vous ne pouvez pas accorder des droits que vous n’avez pas : ${beyond.join(', ')}.`,
      });

    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new InputError({ expiresAt: 'La date de fin de validité doit être dans le futur.' });
    }
    // A key answers for a person: the one who created it, or the person behind the key that created it.
    const createdById = actor.userId ?? actor.delegator?.userId ?? null;
    if (!createdById) throw new InputError({ scopes: 'Cette clé ne peut pas créer de clé.' });

    const prefix = randomBytes(6).toString('hex');
    const secret = `psk_${prefix}_${randomBytes(32).toString('base64url')}`;
    return this.dataSource.transaction(async (manager) => {
      const apiKey = await manager.save(ApiKey, {
        structureId,
        name: input.name.trim(),
        prefix,
        secretHash: sha256(secret),
        scopes: [...new Set(input.scopes)].sort(),
        createdById,
        expiresAt: input.expiresAt ?? null,
        lastUsedAt: null,
        revokedAt: null,
      });
      await this.audit.record(manager, actor, {
        action: 'api-key.created',
        entityType: 'ApiKey',
        entityId: apiKey.id,
        details: { scopes: apiKey.scopes },
      });
      return { apiKey, secret };
    });
  }

  async revoke(actor: Actor, id: string): Promise<ApiKey> {
    const structureId = requireStructureId(actor);
    return this.dataSource.transaction(async (manager) => {
      const apiKey = await findOrNotFound(manager, ApiKey, { id, structureId }, 'Clé d’API');
      if (!apiKey.revokedAt) {
        apiKey.revokedAt = new Date();
        await manager.update(ApiKey, id, { revokedAt: apiKey.revokedAt });
        await this.audit.record(manager, actor, { action: 'api-key.revoked', entityType: 'ApiKey', entityId: id });
      }
      return apiKey;
    });
  }

  /**
   * The key a request presents (`X-Api-Key: <key>` or `Authorization: ApiKey <key>`), looked up once per request:
   * the rate limiter and the authentication guard both ask.
   */
  authenticateRequest(request: Request): Promise<AuthenticatedKey | null> {
    const header = request.headers['x-api-key'];
    const authorization = request.headers.authorization ?? '';
    const secret =
      typeof header === 'string' ? header : authorization.startsWith('ApiKey ') ? authorization.slice(7) : null;
    if (!secret) return Promise.resolve(null);
    let found = this.byRequest.get(request);
    if (!found) {
      found = this.authenticate(secret.trim());
      this.byRequest.set(request, found);
    }
    return found;
  }

  private readonly byRequest = new WeakMap<Request, Promise<AuthenticatedKey | null>>();

  /**
   * The live key matching this secret, with the rights it has today: its scopes that its creator still holds in its
   * structure. Null when the key is unknown, revoked, expired, or its creator has left the structure.
   */
  async authenticate(secret: string): Promise<AuthenticatedKey | null> {
    const match = KEY_FORMAT.exec(secret);
    if (!match) return null;
    const key = await this.dataSource.getRepository(ApiKey).findOneBy({ prefix: match[1] });
    if (!key || key.revokedAt) return null;
    const expected = Buffer.from(key.secretHash);
    const given = Buffer.from(sha256(secret));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) return null;
    const creatorRole = key.createdById ? await this.creatorRole(key.createdById, key.structureId) : null;
    if (!creatorRole) return null;
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
      await this.dataSource.getRepository(ApiKey).update(key.id, { lastUsedAt: new Date() });
    }
    const held = ROLE_PERMISSIONS[creatorRole];
    return {
      key,
      creatorRole,
      permissions: key.scopes.filter((scope) => held.includes(scope as Permission)) as Permission[],
    };
  }

  /** The creator's role in the key's structure today (a platform administrator's anywhere), or null if gone. */
  private async creatorRole(userId: string, structureId: string): Promise<Role | null> {
    const memberships = await this.dataSource.getRepository(Membership).findBy({ userId });
    if (memberships.some((m) => m.role === Role.PLATFORM_ADMIN)) return Role.PLATFORM_ADMIN;
    return memberships.find((m) => m.structureId === structureId)?.role ?? null;
  }
}
