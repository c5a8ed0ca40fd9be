import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  structureId?: string | null;
  details?: Record<string, unknown>;
}

/** Writes the audit trail, inside the caller's transaction so that a rolled-back change leaves no trace. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: Actor | null, entry: AuditEntry): Promise<void> {
    // No RETURNING: an entry may be filed under another structure than the caller's, which row-level security
    // would not let it read back (a provider's work on an operator's lot).
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuditLog)
      .values({
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        structureId: entry.structureId ?? actor?.structureId ?? null,
        actorUserId: actor?.userId ?? null,
        actorApiKeyId: actor?.apiKeyId ?? null,
        details: entry.details ?? null,
      })
      .updateEntity(false)
      .execute();
  }

  /** `record` for a change to one row: `action` on the `entityType` row `entityId`, in the trail of `structureId`. */
  recordOn(
    manager: EntityManager,
    actor: Actor | null,
    action: string,
    entityType: string,
    entityId: string | null,
    structureId: string | null | undefined,
    details?: Record<string, unknown>,
  ): Promise<void> {
    return this.record(manager, actor, { action, entityType, entityId, structureId, details });
  }
}
