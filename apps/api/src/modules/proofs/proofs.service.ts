import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PROOF_KIND_LABELS, ProofKind, todayInParis } from '@passerelle/domain';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { Actor } from '../../core/auth/actor';
import { Env } from '../../core/config/env';
import { DomainError, InputError, NotFoundError } from '../../core/graphql/errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/pagination';
import { actingStructureId } from '../markets/lot-access';
import { Lot } from '../markets/lots/lot.entity';
import { Market } from '../markets/markets/market.entity';
import { isUuid } from '../participants/calendar-date.validator';
import { ProofFilter } from './proof.dto';
import { ProofDocument } from './proof-document.entity';

/** Deleting a proof before the programme's closure date. */
export class ProofRetentionError extends DomainError {
  constructor(keepUntil: string) {
    const [y, m, d] = keepUntil.split('-');
    super('FORBIDDEN', `Ce justificatif doit être conservé jusqu’au ${d}/${m}/${y} (clôture du programme) : il ne peut pas être supprimé avant.`, { reason: 'PROOF_RETENTION', keepUntil });
  }
}

const ALLOWED_TYPES: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'message/rfc822': '.eml',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
};

export interface NewProof {
  lot: Lot;
  kind: ProofKind;
  fileName: string;
  mimeType: string;
  content: Buffer;
  description?: string | null;
}

export const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/**
 * Proof documents: stored under FILES_DIR with their SHA-256, held by the provider that made them and read by the
 * lot's operator, kept until the market's closure date (`proofsKeptUntil`).
 */
@Injectable()
export class ProofsService {
  private readonly root: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    env: Env,
  ) {
    this.root = resolve(env.FILES_DIR);
  }

  /** Writes the file, then its row, inside the caller's transaction (a failed transaction leaves an orphan file, never a row without file). */
  async store(manager: EntityManager, actor: Actor, proof: NewProof): Promise<ProofDocument> {
    const extension = ALLOWED_TYPES[proof.mimeType];
    if (!extension) throw new InputError({ file: 'Type de fichier non accepté (PDF, PNG, JPEG, courriel, texte, CSV ou tableur).' });
    if (proof.content.length === 0) throw new InputError({ file: 'Le fichier est vide.' });
    const market = await manager.findOneByOrFail(Market, { id: proof.lot.marketId });
    const id = randomUUID();
    const storagePath = join(proof.lot.awardedStructureId ?? proof.lot.structureId, todayInParis().slice(0, 7), `${id}${extension}`);
    const absolute = join(this.root, storagePath);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, proof.content, { flag: 'wx' });
    const document = await manager.save(
      ProofDocument,
      manager.create(ProofDocument, {
        id,
        structureId: actor.isPlatformAdmin ? (proof.lot.awardedStructureId ?? proof.lot.structureId) : actor.structureId!,
        lotId: proof.lot.id,
        operatorStructureId: proof.lot.structureId,
        kind: proof.kind,
        fileName: sanitizeName(proof.fileName, extension),
        mimeType: proof.mimeType,
        size: proof.content.length,
        sha256: sha256(proof.content),
        storagePath,
        keepUntil: market.proofsKeptUntil,
        description: proof.description?.trim() || null,
        uploadedByUserId: actor.userId,
      }),
    );
    await this.audit.record(manager, actor, { action: 'proof.stored', entityType: 'ProofDocument', entityId: document.id, structureId: document.structureId, details: { kind: document.kind, sha256: document.sha256, lotId: document.lotId } });
    return document;
  }

  list(actor: Actor, page: PageArgs, filter: ProofFilter = {}): Promise<Connection<ProofDocument>> {
    const scope = actingStructureId(actor);
    const query = this.dataSource.getRepository(ProofDocument).createQueryBuilder('d').orderBy('d.uploadedAt', 'DESC').addOrderBy('d.id', 'ASC');
    if (scope) query.andWhere('(d."structureId" = :scope OR d."operatorStructureId" = :scope)', { scope });
    if (filter.lotId) query.andWhere('d.lotId = :lotId', { lotId: filter.lotId });
    if (filter.kind) query.andWhere('d.kind = :kind', { kind: filter.kind });
    return paginate(query, page);
  }

  async get(actor: Actor, id: string): Promise<ProofDocument> {
    const proof = isUuid(id) ? await this.dataSource.getRepository(ProofDocument).findOneBy({ id }) : null;
    if (!proof || !(actor.isPlatformAdmin || actor.structureId === proof.structureId || actor.structureId === proof.operatorStructureId)) throw new NotFoundError('Justificatif');
    return proof;
  }

  async content(actor: Actor, id: string): Promise<{ proof: ProofDocument; content: Buffer }> {
    const proof = await this.get(actor, id);
    return { proof, content: await readFile(join(this.root, proof.storagePath)) };
  }

  /** Refused before the programme's closure date; after it, the file and its row go (and activities lose the link). */
  async delete(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const proof = await this.get(actor, id);
      if (!actor.isPlatformAdmin && actor.structureId !== proof.structureId) throw new NotFoundError('Justificatif');
      if (todayInParis() <= proof.keepUntil) throw new ProofRetentionError(proof.keepUntil);
      await manager.query(`UPDATE activity_interviews SET "proofId" = NULL WHERE "proofId" = $1`, [proof.id]);
      await manager.query(`UPDATE time_entries SET "proofId" = NULL WHERE "proofId" = $1`, [proof.id]);
      await manager.delete(ProofDocument, { id: proof.id });
      await this.audit.record(manager, actor, { action: 'proof.deleted', entityType: 'ProofDocument', entityId: proof.id, structureId: proof.structureId, details: { sha256: proof.sha256 } });
      await rm(join(this.root, proof.storagePath), { force: true });
      return true;
    });
  }

  label(kind: ProofKind): string {
    return PROOF_KIND_LABELS[kind];
  }
}

function sanitizeName(name: string, extension: string): string {
  const base = name.replace(/[/\\\0]/g, '_').replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!base) return `justificatif${extension}`;
  return extname(base) ? base : `${base}${extension}`;
}
