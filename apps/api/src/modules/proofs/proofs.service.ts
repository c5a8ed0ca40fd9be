import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, PROOF_KIND_LABELS, ProofKind, todayInParis } from '@passerelle/domain';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { Actor, can } from '../../core/auth/actor';
import { Env } from '../../core/config/env';
import { DomainError, NotFoundError } from '../../core/graphql/errors';
import { FileStore } from '../../core/storage/file-store';
import { StoredUpload } from '../../core/storage/upload-storage';
import { Connection, PageArgs, paginate } from '../../core/graphql/pagination';
import { actingStructureId } from '../markets/lot-access';
import { Lot } from '../markets/lots/lot.entity';
import { Market } from '../markets/markets/market.entity';
import { isUuid } from '../../core/validation/calendar-date.validator';
import { recordParticipantEvent } from '../participants/participant-access';
import { ProofFilter } from './proof.dto';
import { ProofDocument } from './proof-document.entity';
import { saveNew } from '../../core/database/writes';

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

/** A file the API made (a frozen attendance sheet): stored as is, its type is known. */
export interface GeneratedFile {
  content: Buffer;
  mimeType: 'application/pdf';
  extension: '.pdf';
}

export interface NewProof {
  lot: Lot;
  kind: ProofKind;
  /** The name shown to users; the storage key is generated. */
  fileName: string;
  /** An upload already streamed to storage (pending its row), or generated content. */
  file: StoredUpload | GeneratedFile;
  description?: string | null;
}

/**
 * Proof documents: stored through the FileStore (disk or bucket) with their SHA-256, held by the provider that made them and read by the
 * lot's operator, kept until the market's closure date (`proofsKeptUntil`).
 */
@Injectable()
export class ProofsService {
  private readonly keepAtLeastUntil: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly files: FileStore,
    env: Env,
  ) {
    this.keepAtLeastUntil = env.RETENTION_KEEP_AT_LEAST_UNTIL;
  }

  /**
   * Records the proof inside the caller's transaction, which also commits its file; if that transaction fails, the
   * file stays pending and goes (at once through StreamedUpload's interceptor, or by the orphan sweep).
   */
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
    await this.audit.recordOn(manager, actor, 'proof.stored', 'ProofDocument', document.id, document.structureId, {
      kind: document.kind,
      sha256: document.sha256,
      lotId: document.lotId,
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
    const file = 'content' in proof.file ? await this.stageGenerated(proof.file) : proof.file;
    const document = await saveNew(manager, ProofDocument, {
      id: file.id,
      structureId: where.structureId,
      lotId: where.lotId,
      operatorStructureId: where.operatorStructureId,
      participantId: where.participantId,
      kind: proof.kind,
      fileName: displayName(proof.fileName, file.extension),
      mimeType: file.mimetype,
      size: file.size,
      sha256: file.sha256,
      storagePath: file.key,
      keepUntil: where.keepUntil,
      description: proof.description?.trim() || null,
      uploadedByUserId: actor.userId,
    });
    await this.files.commit(manager, file.key);
    return document;
  }

  private async stageGenerated(file: GeneratedFile): Promise<StoredUpload> {
    const { id, key } = this.files.newKey(file.extension);
    const staged = await this.files.stage(key, file.content);
    return { ...staged, id, originalname: '', mimetype: file.mimeType, extension: file.extension };
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

  /**
   * The file, checked against its SHA-256 before the first byte goes out (missing: typed 404; altered: refused);
   * downloading a document of a participant's file is written to the participant's audit trail.
   */
  async content(actor: Actor, id: string): Promise<{ proof: ProofDocument; content: Readable }> {
    const proof = await this.get(actor, id);
    const content = await this.files.read(
      { key: proof.storagePath, sha256: proof.sha256, size: proof.size },
      { proofId: proof.id, structureId: proof.structureId, participantId: proof.participantId },
    );
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
    const proof = await this.dataSource.transaction(async (manager) => {
      const proof = await this.get(actor, id);
      if (!actor.isPlatformAdmin && actor.structureId !== proof.structureId) throw new NotFoundError('Justificatif');
      if (todayInParis() <= proof.keepUntil) throw new ProofRetentionError(proof.keepUntil);
      await manager.query(`UPDATE activity_interviews SET "proofId" = NULL WHERE "proofId" = $1`, [proof.id]);
      await manager.query(`UPDATE time_entries SET "proofId" = NULL WHERE "proofId" = $1`, [proof.id]);
      await manager.delete(ProofDocument, { id: proof.id });
      await this.audit.recordOn(manager, actor, 'proof.deleted', 'ProofDocument', proof.id, proof.structureId, {
        sha256: proof.sha256,
      });
      // The file becomes pending in the same transaction: removed just below, or by the sweep after a crash.
      await this.files.release(manager, proof.storagePath);
      return proof;
    });
    await this.files.discard(proof.storagePath);
    return true;
  }

  label(kind: ProofKind): string {
    return PROOF_KIND_LABELS[kind];
  }
}

/** The client's name, cleaned, with the extension of the detected type when its own does not match it. */
function displayName(name: string, extension: string): string {
  const base = name
    .replace(/[/\\\0]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
  if (!base) return `justificatif${extension}`;
  const own = extname(base).toLowerCase();
  return own === extension || (extension === '.jpg' && own === '.jpeg') ? base : `${base}${extension}`;
}
