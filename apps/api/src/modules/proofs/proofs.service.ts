import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, PROOF_KIND_LABELS, ProofKind, todayInParis } from '@passerelle/domain';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { Actor, can } from '../../core/auth/actor';
import { Env } from '../../core/config/env';
import { DomainError, InputError, NotFoundError } from '../../core/graphql/errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/pagination';
import { actingStructureId } from '../markets/lot-access';
import { Lot } from '../markets/lots/lot.entity';
import { Market } from '../markets/markets/market.entity';
import { isUuid } from '../../core/validation/calendar-date.validator';
import { recordParticipantEvent } from '../participants/participant-access';
import { ProofFilter } from './proof.dto';
import { ProofDocument } from './proof-document.entity';

/** Deleting a proof before the programme's closure date. */
export class ProofRetentionError extends DomainError {
  constructor(keepUntil: string) {
    const [y, m, d] = keepUntil.split('-');
    super(
      'FORBIDDEN',
      `Ce justificatif doit être conservé jusqu’au ${d}/${m}/${y} (clôture du programme) : il ne peut pas être supprimé avant.`,
      { reason: 'PROOF_RETENTION', keepUntil },
    );
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
  private readonly keepAtLeastUntil: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    env: Env,
  ) {
    this.root = resolve(env.FILES_DIR);
    this.keepAtLeastUntil = env.RETENTION_KEEP_AT_LEAST_UNTIL;
  }

  /** Writes the file, then its row, inside the caller's transaction (a failed transaction leaves an orphan file, never a row without file). */
  async store(manager: EntityManager, actor: Actor, proof: NewProof): Promise<ProofDocument> {
    const market = await manager.findOneByOrFail(Market, { id: proof.lot.marketId });
    const document = await this.write(manager, actor, proof, {
      folder: proof.lot.awardedStructureId ?? proof.lot.structureId,
      structureId: actor.isPlatformAdmin ? (proof.lot.awardedStructureId ?? proof.lot.structureId) : actor.structureId!,
      lotId: proof.lot.id,
      operatorStructureId: proof.lot.structureId,
      participantId: null,
      keepUntil: market.proofsKeptUntil,
    });
    await this.audit.record(manager, actor, {
      action: 'proof.stored',
      entityType: 'ProofDocument',
      entityId: document.id,
      structureId: document.structureId,
      details: { kind: document.kind, sha256: document.sha256, lotId: document.lotId },
    });
    return document;
  }

  /**
   * A document put directly on a participant's file (CV, ID, a mail), held by the participant's structure and kept
   * until the programme's closure: the latest `proofsKeptUntil` of the structure's markets, never before
   * RETENTION_KEEP_AT_LEAST_UNTIL.
   */
  async storeForParticipant(
    manager: EntityManager,
    actor: Actor,
    participant: { id: string; structureId: string },
    proof: Omit<NewProof, 'lot'>,
  ): Promise<ProofDocument> {
    const [{ keptUntil }] = await manager.query(
      `SELECT max("proofsKeptUntil")::text AS "keptUntil" FROM markets WHERE "structureId" = $1`,
      [participant.structureId],
    );
    const keepUntil = keptUntil && keptUntil > this.keepAtLeastUntil ? keptUntil : this.keepAtLeastUntil;
    return this.write(manager, actor, proof, {
      folder: participant.structureId,
      structureId: participant.structureId,
      lotId: null,
      operatorStructureId: participant.structureId,
      participantId: participant.id,
      keepUntil,
    });
  }

  private async write(
    manager: EntityManager,
    actor: Actor,
    proof: Omit<NewProof, 'lot'>,
    where: {
      folder: string;
      structureId: string;
      lotId: string | null;
      operatorStructureId: string;
      participantId: string | null;
      keepUntil: string;
    },
  ): Promise<ProofDocument> {
    const extension = ALLOWED_TYPES[proof.mimeType];
    if (!extension)
      throw new InputError({ file: 'Type de fichier non accepté (PDF, PNG, JPEG, courriel, texte, CSV ou tableur).' });
    if (proof.content.length === 0) throw new InputError({ file: 'Le fichier est vide.' });
    const id = randomUUID();
    const storagePath = join(where.folder, todayInParis().slice(0, 7), `${id}${extension}`);
    const absolute = join(this.root, storagePath);
    await mkdir(dirname(absolute), { recursive: true });
    await writeFile(absolute, proof.content, { flag: 'wx' });
    return manager.save(
      ProofDocument,
      manager.create(ProofDocument, {
        id,
        structureId: where.structureId,
        lotId: where.lotId,
        operatorStructureId: where.operatorStructureId,
        participantId: where.participantId,
        kind: proof.kind,
        fileName: sanitizeName(proof.fileName, extension),
        mimeType: proof.mimeType,
        size: proof.content.length,
        sha256: sha256(proof.content),
        storagePath,
        keepUntil: where.keepUntil,
        description: proof.description?.trim() || null,
        uploadedByUserId: actor.userId,
      }),
    );
  }

  list(actor: Actor, page: PageArgs, filter: ProofFilter = {}): Promise<Connection<ProofDocument>> {
    const scope = actingStructureId(actor);
    const query = this.dataSource
      .getRepository(ProofDocument)
      .createQueryBuilder('d')
      .orderBy('d.uploadedAt', 'DESC')
      .addOrderBy('d.id', 'ASC');
    // Documents of a participant's file are listed on the file only (participantDocuments), not among the lots' proofs.
    query.andWhere('d."participantId" IS NULL');
    if (scope) query.andWhere('(d."structureId" = :scope OR d."operatorStructureId" = :scope)', { scope });
    if (filter.lotId) query.andWhere('d.lotId = :lotId', { lotId: filter.lotId });
    if (filter.kind) query.andWhere('d.kind = :kind', { kind: filter.kind });
    return paginate(query, page);
  }

  async get(actor: Actor, id: string): Promise<ProofDocument> {
    const proof = isUuid(id) ? await this.dataSource.getRepository(ProofDocument).findOneBy({ id }) : null;
    if (
      !proof ||
      !(
        actor.isPlatformAdmin ||
        actor.structureId === proof.structureId ||
        actor.structureId === proof.operatorStructureId
      )
    )
      throw new NotFoundError('Justificatif');
    // A document of a participant's file: for the roles that read participants' files in that structure only.
    if (proof.participantId && !can(actor, Permission.PARTICIPANTS_READ)) throw new NotFoundError('Justificatif');
    return proof;
  }

  /** The file; downloading a document of a participant's file is written to the participant's audit trail. */
  async content(actor: Actor, id: string): Promise<{ proof: ProofDocument; content: Buffer }> {
    const proof = await this.get(actor, id);
    const content = await readFile(join(this.root, proof.storagePath));
    if (proof.participantId) {
      await recordParticipantEvent(
        this.audit,
        this.dataSource.manager,
        actor,
        { id: proof.participantId, structureId: proof.structureId },
        'participant.document.downloaded',
        { documentId: proof.id },
      );
    }
    return { proof, content };
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
      await this.audit.record(manager, actor, {
        action: 'proof.deleted',
        entityType: 'ProofDocument',
        entityId: proof.id,
        structureId: proof.structureId,
        details: { sha256: proof.sha256 },
      });
      await rm(join(this.root, proof.storagePath), { force: true });
      return true;
    });
  }

  label(kind: ProofKind): string {
    return PROOF_KIND_LABELS[kind];
  }
}

function sanitizeName(name: string, extension: string): string {
  const base = name
    .replace(/[/\\\0]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  if (!base) return `justificatif${extension}`;
  return extname(base) ? base : `${base}${extension}`;
}
