import { GoneException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AttendanceStatus, ProofKind, todayInParis } from '@passerelle/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import { Actor } from '../../../core/auth/actor';
import { Env } from '../../../core/config/env';
import { InputError, NotFoundError } from '../../../core/graphql/errors';
import { Structure } from '../../../core/tenancy/structures/structure.entity';
import { Lot } from '../../markets/lots/lot.entity';
import { OrientedParticipant, orientedView } from '../../orientations/orientations/orientation.entity';
import { Participant } from '../../participants/participant.entity';
import { StoredUpload } from '../../../core/storage/upload-storage';
import { ProofsService } from '../../proofs/proofs.service';
import { AttendanceSheetFrozenError } from '../activity-errors';
import { findDeliveredSession, findReachableSession } from '../session-access';
import { ActivitySession, Enrolment } from '../sessions/session.entity';
import { renderAttendanceSheet, SheetFacts } from './attendance-sheet.pdf';
import { canonicalSignaturePng, MAX_SIGNATURE_BYTES } from './signature-image';
import { SignatureToken } from './signature-token.entity';

export interface SignatureLinkView {
  enrolmentId: string;
  participant: OrientedParticipant;
  token: string;
  path: string;
  apiPath: string;
  url: string | null;
  expiresAt: Date;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** The drawn signature: a PNG data URL, decoded and bounded (see `canonicalSignaturePng`). */
export function decodeSignature(dataUrl: unknown): Buffer {
  const match = typeof dataUrl === 'string' ? /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl) : null;
  if (!match) throw new InputError({ signature: 'La signature doit être une image PNG (data:image/png;base64,…).' });
  // Base64 is 4/3 of the bytes: refuse an oversized payload before decoding it.
  if (match[1].length > Math.ceil((MAX_SIGNATURE_BYTES * 4) / 3) + 4)
    throw new InputError({ signature: 'L’image de la signature est trop lourde (64 Ko au plus).' });
  const result = canonicalSignaturePng(Buffer.from(match[1], 'base64'));
  if ('problem' in result) throw new InputError({ signature: result.problem });
  return result.png;
}

/**
 * The attendance sheet of a session: printable PDF, one-time e-signature links, the signed scan, and freezing.
 * A frozen sheet keeps the SHA-256 of its proof, and attendance can no longer change.
 */
@Injectable()
export class AttendanceSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly proofs: ProofsService,
    private readonly env: Env,
  ) {}

  async pdf(actor: Actor, sessionId: string): Promise<{ session: ActivitySession; pdf: Buffer }> {
    const session = await findReachableSession(this.dataSource.manager, actor, sessionId);
    return {
      session,
      pdf: await renderAttendanceSheet(await this.facts(this.dataSource.manager, session, session.sheetFrozenAt)),
    };
  }

  async createLinks(actor: Actor, sessionId: string): Promise<SignatureLinkView[]> {
    return this.dataSource.transaction(async (manager) => {
      const session = await findDeliveredSession(manager, actor, sessionId, true);
      if (session.sheetFrozenAt) throw new AttendanceSheetFrozenError();
      const enrolments = await manager.find(Enrolment, {
        where: { sessionId: session.id, signedAt: IsNull() },
        order: { createdAt: 'ASC' },
      });
      const participants = new Map(
        (await manager.findBy(Participant, { id: In(enrolments.map((e) => e.participantId)) })).map((p) => [p.id, p]),
      );
      const expiresAt = new Date(Date.now() + this.env.SIGNATURE_LINK_TTL_MINUTES * 60_000);
      const links: SignatureLinkView[] = [];
      for (const enrolment of enrolments) {
        const token = randomBytes(32).toString('base64url');
        await manager.insert(SignatureToken, {
          enrolmentId: enrolment.id,
          tokenHash: hashToken(token),
          expiresAt,
          usedAt: null,
          createdByUserId: actor.userId,
        });
        const path = `/sign/${token}`;
        links.push({
          enrolmentId: enrolment.id,
          participant: orientedView(participants.get(enrolment.participantId)!),
          token,
          path,
          apiPath: `/signatures/${token}`,
          url: this.env.PUBLIC_BASE_URL ? `${this.env.PUBLIC_BASE_URL.replace(/\/$/, '')}${path}` : null,
          expiresAt,
        });
      }
      await this.audit.recordOn(
        manager,
        actor,
        'attendance-sheet.links.created',
        'ActivitySession',
        session.id,
        session.providerStructureId,
        { count: links.length },
      );
      return links;
    });
  }

  /** What the signing page shows: the session and the person's name, nothing else. */
  async describe(token: string) {
    const row = await this.dataSource.manager.findOneBy(SignatureToken, { tokenHash: hashToken(token) });
    if (!row) throw new NotFoundError('Lien de signature');
    if (row.usedAt) throw new GoneException({ code: 'GONE', message: 'Ce lien de signature a déjà été utilisé.' });
    if (row.expiresAt < new Date())
      throw new GoneException({
        code: 'GONE',
        message: 'Ce lien de signature a expiré : demandez-en un nouveau à l’animateur·rice.',
      });
    const enrolment = await this.dataSource.manager.findOneByOrFail(Enrolment, { id: row.enrolmentId });
    const session = await this.dataSource.manager.findOneByOrFail(ActivitySession, { id: enrolment.sessionId });
    const participant = await this.dataSource.manager.findOneByOrFail(Participant, { id: enrolment.participantId });
    return {
      title: session.title,
      date: session.date,
      startTime: session.startTime,
      place: session.place,
      firstName: participant.firstName,
      lastName: participant.lastName,
      expiresAt: row.expiresAt,
    };
  }

  /** Public: the participant signs with a drawn signature; the token is consumed atomically (single use). */
  async sign(token: string, signature: unknown): Promise<{ signed: true; signedAt: Date }> {
    const image = decodeSignature(signature);
    return this.dataSource.transaction(async (manager) => {
      const known = await manager.findOneBy(SignatureToken, { tokenHash: hashToken(token) });
      if (!known) throw new NotFoundError('Lien de signature');
      const enrolment = await manager.findOneByOrFail(Enrolment, { id: known.enrolmentId });
      const session = await manager.findOneOrFail(ActivitySession, {
        where: { id: enrolment.sessionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (session.sheetFrozenAt) throw new AttendanceSheetFrozenError();
      const used = await manager
        .createQueryBuilder()
        .update(SignatureToken)
        .set({ usedAt: () => 'now()' })
        .where('id = :id AND "usedAt" IS NULL AND "expiresAt" > now()', { id: known.id })
        .execute();
      if (used.affected !== 1)
        throw new GoneException({
          code: 'GONE',
          message:
            known.usedAt || known.expiresAt > new Date()
              ? 'Ce lien de signature a déjà été utilisé.'
              : 'Ce lien de signature a expiré : demandez-en un nouveau à l’animateur·rice.',
        });
      const signedAt = new Date();
      await manager.update(
        Enrolment,
        { id: enrolment.id },
        { signedAt, signatureImage: image, attendance: AttendanceStatus.PRESENT, attendanceRecordedAt: signedAt },
      );
      await this.audit.recordOn(
        manager,
        null,
        'attendance.signed',
        'ActivitySession',
        session.id,
        session.providerStructureId,
        { enrolmentId: enrolment.id },
      );
      return { signed: true as const, signedAt };
    });
  }

  /** Freezes the sheet from its e-signatures: the signed PDF becomes the proof, its SHA-256 is kept. */
  async freeze(actor: Actor, sessionId: string): Promise<ActivitySession> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.lockOpen(manager, actor, sessionId);
      const missing = await manager.countBy(Enrolment, { sessionId: session.id, attendance: IsNull() });
      if (missing > 0)
        throw new InputError({
          sessionId: `La présence de ${missing} participant${missing > 1 ? 's' : ''} reste à saisir.`,
        });
      const frozenAt = new Date();
      const pdf = await renderAttendanceSheet(await this.facts(manager, session, frozenAt));
      const lot = await manager.findOneByOrFail(Lot, { id: session.lotId });
      const proof = await this.proofs.store(manager, actor, {
        lot,
        kind: ProofKind.SIGNED_ATTENDANCE_SHEET,
        fileName: `emargement-${session.date}.pdf`,
        file: { content: pdf, mimeType: 'application/pdf', extension: '.pdf' },
      });
      return this.markFrozen(manager, actor, session, frozenAt, proof.id, proof.sha256);
    });
  }

  /** The scan of the paper sheet, signed by hand, becomes the proof; the sheet is frozen with its SHA-256. */
  async uploadSigned(actor: Actor, sessionId: string, file: StoredUpload): Promise<ActivitySession> {
    return this.dataSource.transaction(async (manager) => {
      const session = await this.lockOpen(manager, actor, sessionId);
      const lot = await manager.findOneByOrFail(Lot, { id: session.lotId });
      const proof = await this.proofs.store(manager, actor, {
        lot,
        kind: ProofKind.SIGNED_ATTENDANCE_SHEET,
        fileName: file.originalname,
        file,
      });
      return this.markFrozen(manager, actor, session, new Date(), proof.id, proof.sha256);
    });
  }

  private async lockOpen(manager: EntityManager, actor: Actor, sessionId: string): Promise<ActivitySession> {
    const session = await findDeliveredSession(manager, actor, sessionId, true);
    if (session.sheetFrozenAt) throw new AttendanceSheetFrozenError();
    if (session.date > todayInParis()) throw new InputError({ sessionId: 'La séance n’a pas encore eu lieu.' });
    return session;
  }

  private async markFrozen(
    manager: EntityManager,
    actor: Actor,
    session: ActivitySession,
    frozenAt: Date,
    proofId: string,
    hash: string,
  ): Promise<ActivitySession> {
    await manager
      .createQueryBuilder()
      .update(ActivitySession)
      .set({ sheetFrozenAt: frozenAt, sheetProofId: proofId, sheetSha256: hash, version: () => 'version + 1' })
      .where('id = :id', { id: session.id })
      .execute();
    await this.audit.recordOn(
      manager,
      actor,
      'attendance-sheet.frozen',
      'ActivitySession',
      session.id,
      session.providerStructureId,
      { proofId, sha256: hash },
    );
    return manager.findOneByOrFail(ActivitySession, { id: session.id });
  }

  private async facts(manager: EntityManager, session: ActivitySession, frozenAt: Date | null): Promise<SheetFacts> {
    const lot = await manager.findOneByOrFail(Lot, { id: session.lotId });
    const [operator, provider] = await Promise.all([
      manager.findOneByOrFail(Structure, { id: session.structureId }),
      manager.findOneByOrFail(Structure, { id: session.providerStructureId }),
    ]);
    const rows: {
      lastName: string;
      firstName: string;
      attendance: AttendanceStatus | null;
      signatureImage: Buffer | null;
      signedAt: Date | null;
    }[] = await manager
      .createQueryBuilder(Enrolment, 'e')
      .innerJoin(Participant, 'p', 'p.id = e.participantId')
      .select([
        'p.lastName AS "lastName"',
        'p.firstName AS "firstName"',
        'e.attendance AS attendance',
        'e.signatureImage AS "signatureImage"',
        'e.signedAt AS "signedAt"',
      ])
      .where('e.sessionId = :id', { id: session.id })
      .orderBy('p.normalizedLastName', 'ASC')
      .addOrderBy('p.normalizedFirstName', 'ASC')
      .getRawMany();
    return {
      operatorName: operator.name,
      providerName: provider.name,
      lotLabel: `Lot ${lot.number} – ${lot.title}`,
      fseCoFunded: lot.fseCoFunded,
      kind: session.kind,
      title: session.title,
      date: session.date,
      startTime: session.startTime,
      durationMinutes: session.durationMinutes,
      place: session.place,
      facilitator: session.facilitator,
      lines: rows.map((r) => ({
        lastName: r.lastName,
        firstName: r.firstName,
        attendance: r.attendance,
        // A stored image that no longer decodes (recorded before validation) is printed as unreadable, never fatal.
        ...readableSignature(r.signatureImage),
        signedAt: r.signedAt,
      })),
      frozenAt,
      generatedAt: new Date(),
    };
  }
}

function readableSignature(image: Buffer | null): { signature: Buffer | null; signatureUnreadable: boolean } {
  if (!image) return { signature: null, signatureUnreadable: false };
  const result = canonicalSignaturePng(image, Number.POSITIVE_INFINITY);
  return 'png' in result
    ? { signature: result.png, signatureUnreadable: false }
    : { signature: null, signatureUnreadable: true };
}
