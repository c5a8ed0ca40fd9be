import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { API_KEY_SCOPES, Permission } from '@passerelle/domain';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../auth/actor';
import { InputError, NotFoundError } from '../../graphql/errors';
import { Connection, PageArgs, paginate } from '../../graphql/pagination';
import { requireStructureId } from '../scope';
import { CreateApiKeyInput, CreatedApiKey } from './api-key.dto';
import { ApiKey } from './api-key.entity';
import { isUuid } from '../../validation/calendar-date.validator';

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

    const prefix = randomBytes(6).toString('hex');
    const secret = `psk_${prefix}_${randomBytes(32).toString('base64url')}`;
    return this.dataSource.transaction(async (manager) => {
      const apiKey = await manager.save(ApiKey, {
        structureId,
        name: input.name.trim(),
        prefix,
        secretHash: sha256(secret),
        scopes: [...new Set(input.scopes)].sort(),
        createdById: actor.userId,
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
      const apiKey = isUuid(id) ? await manager.findOneBy(ApiKey, { id, structureId }) : null;
      if (!apiKey) throw new NotFoundError('Clé d’API');
      if (!apiKey.revokedAt) {
        apiKey.revokedAt = new Date();
        await manager.update(ApiKey, id, { revokedAt: apiKey.revokedAt });
        await this.audit.record(manager, actor, { action: 'api-key.revoked', entityType: 'ApiKey', entityId: id });
      }
      return apiKey;
    });
  }

  /** The live key matching this secret, or null. */
  /**
   * The key a request presents (`X-Api-Key: <key>` or `Authorization: ApiKey <key>`), looked up once per request:
   * the rate limiter and the authentication guard both ask.
   */
  authenticateRequest(request: Request): Promise<ApiKey | null> {
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

  private readonly byRequest = new WeakMap<Request, Promise<ApiKey | null>>();

  async authenticate(secret: string): Promise<ApiKey | null> {
    const match = KEY_FORMAT.exec(secret);
    if (!match) return null;
    const key = await this.dataSource.getRepository(ApiKey).findOneBy({ prefix: match[1] });
    if (!key || key.revokedAt) return null;
    const expected = Buffer.from(key.secretHash);
    const given = Buffer.from(sha256(secret));
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) {
      await this.dataSource.getRepository(ApiKey).update(key.id, { lastUsedAt: new Date() });
    }
    return key;
  }
}
