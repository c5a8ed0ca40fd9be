import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  calendarDateInParis,
  LIAISON_SHEET_KIND_LABELS,
  LiaisonSheetKind,
  PARTICIPANT_DOCUMENT_SOURCE_LABELS,
  ParticipantDocumentSource,
  PROOF_KIND_LABELS,
  ProofKind,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { Connection, connectionOf, decodeCursor, PageArgs } from '../../../core/graphql/pagination';
import { StoredUpload } from '../../../core/storage/upload-storage';
import { ProofsService } from '../../proofs/proofs.service';
import { findReachableParticipant } from '../participant-access';
import { recordParticipantEvent } from '../participant-audit';
import { ParticipantDocument } from './participant-document.types';
import { PARTICIPANT_DOCUMENTS_SQL, ParticipantDocumentRow } from './participant-documents.sql';

function kindLabel(row: ParticipantDocumentRow): string {
  if (row.source === ParticipantDocumentSource.LIAISON_SHEET && row.sheetKind)
    return LIAISON_SHEET_KIND_LABELS[row.sheetKind as LiaisonSheetKind];
  if (row.source === ParticipantDocumentSource.UPLOADED && row.proofKind)
    return PROOF_KIND_LABELS[row.proofKind as ProofKind];
  return PARTICIPANT_DOCUMENT_SOURCE_LABELS[row.source];
}

export function toDocument(row: ParticipantDocumentRow): ParticipantDocument {
  return {
    id: row.id,
    source: row.source,
    kindLabel: kindLabel(row),
    proofKind: (row.proofKind as ProofKind | null) ?? null,
    title: row.title,
    description: row.description,
    date: row.date,
    sha256: row.sha256,
    keepUntil: row.keepUntil,
    proofId: row.proofId,
    downloadPath: row.proofId ? `/files/proofs/${row.proofId}` : null,
    authorUserId: row.authorUserId,
  };
}

/**
 * The documents of a participant's file, for the participant's structure only (a provider, another structure: NOT_FOUND),
 * and the upload of a document onto the file. Reads and uploads are written to the participant's audit trail.
 */
@Injectable()
export class ParticipantDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly proofs: ProofsService,
  ) {}

  async list(
    actor: Actor,
    participantId: string,
    { first, after }: PageArgs,
  ): Promise<Connection<ParticipantDocument>> {
    const offset = decodeCursor(after);
    const participant = await findReachableParticipant(this.dataSource.manager, actor, participantId);
    const params = [participant.id, participant.structureId];
    const [rows, [{ count }]] = await Promise.all([
      this.dataSource.query(
        `SELECT * FROM (${PARTICIPANT_DOCUMENTS_SQL}) docs ORDER BY date DESC, at DESC, id ASC LIMIT $3 OFFSET $4`,
        [...params, first, offset],
      ) as Promise<ParticipantDocumentRow[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM (${PARTICIPANT_DOCUMENTS_SQL}) docs`,
        params,
      ) as Promise<{ count: number }[]>,
    ]);
    await recordParticipantEvent(this.audit, this.dataSource.manager, actor, participant, 'participant.documents.read');
    return connectionOf(rows.map(toDocument), count, offset);
  }

  async upload(
    actor: Actor,
    participantId: string,
    file: StoredUpload,
    input: { kind: ProofKind; description?: string },
  ): Promise<ParticipantDocument> {
    return this.dataSource.transaction(async (manager) => {
      const participant = await findReachableParticipant(manager, actor, participantId);
      const proof = await this.proofs.storeForParticipant(manager, actor, participant, {
        kind: input.kind,
        fileName: file.originalname,
        file,
        description: input.description,
      });
      await recordParticipantEvent(this.audit, manager, actor, participant, 'participant.document.uploaded', {
        documentId: proof.id,
        kind: proof.kind,
        sha256: proof.sha256,
      });
      return toDocument({
        id: proof.id,
        source: ParticipantDocumentSource.UPLOADED,
        proofKind: proof.kind,
        sheetKind: null,
        title: proof.fileName,
        description: proof.description,
        date: calendarDateInParis(proof.uploadedAt),
        at: proof.uploadedAt,
        authorUserId: proof.uploadedByUserId,
        sha256: proof.sha256,
        keepUntil: proof.keepUntil,
        proofId: proof.id,
      });
    });
  }
}
