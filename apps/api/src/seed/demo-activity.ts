import {
  ActionExitReason,
  addDays,
  assessmentDueBy,
  AssessmentKind,
  AttendanceStatus,
  HourKind,
  InterviewKind,
  LiaisonSheetKind,
  OPEN_PATH_STATUSES,
  liaisonSheetDueOn,
  OrientationStatus,
  ProofKind,
  SessionKind,
  todayInParis,
} from '@passerelle/domain';
import { createHash } from 'node:crypto';
import { EntityManager, In, IsNull } from 'typeorm';
import { Assessment } from '../modules/activities/assessments/assessment.entity';
import { Interview } from '../modules/activities/follow-up/follow-up.entity';
import { ActivitySession, Enrolment } from '../modules/activities/sessions/session.entity';
import { TimeEntry, TimeEntryParticipant } from '../modules/activities/time-entries/time-entry.entity';
import { Lot } from '../modules/markets/lots/lot.entity';
import { Market } from '../modules/markets/markets/market.entity';
import { LiaisonSheet } from '../modules/orientations/liaison-sheets/liaison-sheet.entity';
import { Orientation } from '../modules/orientations/orientations/orientation.entity';
import { Participant } from '../modules/participants/participant.entity';
import { PliePath } from '../modules/plie/paths/plie-path.entity';
import { ProofDocument } from '../modules/proofs/proof-document.entity';

const today = todayInParis();
const yearStart = `${today.slice(0, 4)}-01-01`;
/** A day `n` days ago, never before the 1st of January (the demo indicators cover the current year). */
const ago = (n: number) => {
  const day = addDays(today, -n);
  return day < yearStart ? addDays(yearStart, n % 7) : day;
};
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

interface Ctx {
  manager: EntityManager;
  lot: Lot;
  market: Market;
  proofId: string;
}

async function proof(manager: EntityManager, lot: Lot, market: Market, name: string): Promise<string> {
  const saved = await manager.save(
    ProofDocument,
    manager.create(ProofDocument, {
      structureId: lot.awardedStructureId!,
      lotId: lot.id,
      operatorStructureId: lot.structureId,
      kind: ProofKind.EXTRACTION,
      fileName: name,
      mimeType: 'application/pdf',
      size: 0,
      sha256: sha(`${lot.id}:${name}`),
      storagePath: `demo/${lot.id}/${name}`,
      keepUntil: market.proofsKeptUntil,
      description: 'Justificatif de démonstration (sans fichier).',
      uploadedByUserId: null,
    }),
  );
  return saved.id;
}

/** Orients the participants to the lot, with the entry sheet sent (one late), and, for some, an exit. */
async function orient({ manager, lot }: Ctx, participants: Participant[], exits = 0): Promise<Orientation[]> {
  const list: Orientation[] = [];
  for (const [i, p] of participants.entries()) {
    const orientedOn = ago(200 - i * 9);
    const sentOn = addDays(orientedOn, i === 1 ? 20 : 5 + (i % 6));
    const exit =
      i < exits
        ? {
            exitOn: ago(40 - i),
            exitReason: i === 0 ? ActionExitReason.JOB_OR_TRAINING : ActionExitReason.LOST_CONTACT,
          }
        : null;
    const o = await manager.save(
      Orientation,
      manager.create(Orientation, {
        structureId: lot.structureId,
        lotId: lot.id,
        providerStructureId: lot.awardedStructureId!,
        participantId: p.id,
        orientedOn,
        orientedByUserId: null,
        purpose: 'Orientation de démonstration',
        status: exit ? OrientationStatus.EXITED : OrientationStatus.ENTERED,
        entryDueOn: liaisonSheetDueOn(orientedOn),
        entrySheetSentOn: sentOn,
        startedOn: sentOn,
        exitOn: exit?.exitOn ?? null,
        exitReason: exit?.exitReason ?? null,
        exitDueOn: exit ? liaisonSheetDueOn(exit.exitOn) : null,
        exitSheetSentOn: exit && i === 0 ? addDays(exit.exitOn, 3) : null,
      }),
    );
    const sheet = {
      orientationId: o.id,
      startedOn: null,
      position: null,
      nonEntryReason: null,
      exitOn: null,
      exitReason: null,
      synthesis: null,
      fseAnswers: null,
      sentByUserId: null,
    };
    await manager.insert(LiaisonSheet, {
      ...sheet,
      kind: LiaisonSheetKind.ENTRY,
      sentOn,
      dueOn: o.entryDueOn,
      late: sentOn > o.entryDueOn,
      startedOn: sentOn,
    });
    if (o.exitSheetSentOn)
      await manager.insert(LiaisonSheet, {
        ...sheet,
        kind: LiaisonSheetKind.EXIT,
        sentOn: o.exitSheetSentOn,
        dueOn: o.exitDueOn!,
        late: false,
        exitOn: o.exitOn,
        exitReason: o.exitReason,
      });
    list.push(o);
  }
  return list;
}

/** Workshops with their attendance; all but the last have a signed (frozen) sheet. */
async function workshops({ manager, lot, proofId }: Ctx, orientations: Orientation[], count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    const date = ago(150 - n * 14);
    const signed = n < count - 1;
    const session = await manager.save(
      ActivitySession,
      manager.create(ActivitySession, {
        lotId: lot.id,
        structureId: lot.structureId,
        providerStructureId: lot.awardedStructureId!,
        kind: SessionKind.WORKSHOP,
        title: `Atelier thématique n° ${n + 1}`,
        date,
        startTime: '09:30',
        durationMinutes: 180,
        place: 'Salle de démonstration',
        facilitator: 'Animatrice démo',
        minParticipants: 4,
        maxParticipants: 7,
        cycleNumber: Math.floor(n / 3) + 1,
        sheetFrozenAt: signed ? new Date(`${date}T12:30:00Z`) : null,
        sheetSha256: signed ? sha(`sheet:${lot.id}:${n}`) : null,
        sheetProofId: signed ? proofId : null,
      }),
    );
    await manager.insert(
      Enrolment,
      orientations.map((o, i) => ({
        sessionId: session.id,
        orientationId: o.id,
        participantId: o.participantId,
        attendance: (i + n) % 5 === 4 ? AttendanceStatus.EXCUSED_ABSENCE : AttendanceStatus.PRESENT,
        attendanceRecordedAt: new Date(`${date}T12:30:00Z`),
        signedAt: signed ? new Date(`${date}T12:30:00Z`) : null,
        signatureImage: null,
      })),
    );
  }
}

async function interviews(
  { manager, lot, proofId }: Ctx,
  orientations: Orientation[],
  perParticipant: number,
): Promise<void> {
  await manager.insert(
    Interview,
    orientations.flatMap((o, i) =>
      Array.from({ length: perParticipant }, (_, k) => ({
        orientationId: o.id,
        lotId: lot.id,
        providerStructureId: lot.awardedStructureId!,
        date: ago(120 - k * 20 - i),
        durationMinutes: 45,
        kind: k === 0 ? InterviewKind.DIAGNOSIS : InterviewKind.FOLLOW_UP,
        summary: 'Entretien de démonstration',
        proofId: k % 3 === 2 ? null : proofId,
        byUserId: null,
      })),
    ),
  );
}

/** Staff time tied to the lot's participants, every entry with its proof except one (listed apart). */
async function hours(
  { manager, lot, proofId }: Ctx,
  orientations: Orientation[],
  plan: [HourKind, number, number][],
): Promise<void> {
  for (const [kind, entries, minutes] of plan) {
    for (let n = 0; n < entries; n++) {
      const entry = await manager.save(
        TimeEntry,
        manager.create(TimeEntry, {
          lotId: lot.id,
          structureId: lot.structureId,
          providerStructureId: lot.awardedStructureId!,
          userId: null,
          date: ago(2 + Math.floor((n * 170) / entries)),
          kind,
          minutes,
          description: `Temps de démonstration (${kind.toLowerCase()})`,
          proofId: n === entries - 1 ? null : proofId,
        }),
      );
      await manager.insert(TimeEntryParticipant, {
        timeEntryId: entry.id,
        orientationId: orientations[n % orientations.length].id,
      });
    }
  }
}

async function assessments({ manager, lot }: Ctx, orientations: Orientation[]): Promise<void> {
  for (const [i, o] of orientations.entries()) {
    const startedOn = ago(150 - i * 30);
    const done = i < orientations.length - 1;
    await manager.insert(Assessment, {
      orientationId: o.id,
      participantId: o.participantId,
      lotId: lot.id,
      structureId: lot.structureId,
      providerStructureId: lot.awardedStructureId!,
      kind: i % 2 ? AssessmentKind.SKILLS : AssessmentKind.GUIDANCE,
      startedOn,
      dueBy: assessmentDueBy(startedOn),
      hours: done ? '14.00' : null,
      tripartiteMeetingOn: done ? addDays(startedOn, 50) : null,
      projectTitle: done ? 'Projet de démonstration' : null,
      synthesis: done ? 'Synthèse de démonstration' : null,
      actionPlan: [],
      completedOn: done ? addDays(startedOn, 55) : null,
      justification: null,
    });
  }
}

/**
 * The portfolio of the provider's référente (referente@insertion-plus.test, seed 001 lots 1 and 2): the admitted PLIE
 * paths oriented to the lot get the participant's signed consent (seed 002 §6), so that she can work them.
 */
async function consents({ manager, lot, market }: Ctx, orientations: Orientation[]): Promise<void> {
  for (const o of orientations.filter((x) => x.status === OrientationStatus.ENTERED)) {
    const path = await manager.findOneBy(PliePath, {
      participantId: o.participantId,
      status: In([...OPEN_PATH_STATUSES]),
      consentGivenOn: IsNull(),
    });
    if (!path) continue;
    const proofId = await proof(manager, lot, market, `adhesion-plie-${path.id.slice(0, 8)}.pdf`);
    await manager.update(
      PliePath,
      { id: path.id },
      { consentGivenOn: o.startedOn ?? o.orientedOn, consentProofId: proofId, consentRecordedAt: new Date() },
    );
  }
}

/**
 * Demo activity on the awarded demo lots (orientations, liaison sheets, signed workshops, interviews, staff time,
 * assessments) so that the indicator gauges of the demo are not all zero. Loaded by `pnpm db:seed` (development and
 * the Playwright stack), not by the API tests' seed. Skips any lot that already has orientations.
 */
export async function loadDemoActivity(
  manager: EntityManager,
  structureIds: Map<string, string>,
): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  for (const key of ['mlife-amiens', 'plie-lunel']) {
    const structureId = structureIds.get(key)!;
    const participants = await manager.find(Participant, {
      where: { structureId },
      order: { normalizedLastName: 'ASC', id: 'ASC' },
    });
    const lots = await manager
      .createQueryBuilder(Lot, 'l')
      .innerJoinAndSelect('l.market', 'm')
      .where('l."structureId" = :structureId AND l."conventionSignedOn" IS NOT NULL', { structureId })
      .orderBy('l.number')
      .getMany();
    for (const lot of lots) {
      if (await manager.existsBy(Orientation, { lotId: lot.id })) {
        existing++;
        continue;
      }
      const ctx: Ctx = { manager, lot, market: lot.market!, proofId: '' };
      ctx.proofId = await proof(manager, lot, lot.market!, `releve-activite-lot-${lot.number}.pdf`);
      const oriented = await orient(ctx, participants, lot.number === 4 ? 0 : 2);
      if (key === 'mlife-amiens') await consents(ctx, oriented);
      if (key === 'mlife-amiens' && lot.number === 3) {
        await hours(ctx, oriented, [
          [HourKind.FACE_TO_FACE, 40, 180],
          [HourKind.PREPARATION, 20, 120],
          [HourKind.COORDINATION, 12, 120],
        ]);
      } else if (lot.number === 4 && key === 'plie-lunel') {
        await assessments(ctx, oriented);
        await interviews(ctx, oriented, 1);
      } else {
        await workshops(ctx, oriented, lot.number === 1 ? 7 : 4);
        await interviews(ctx, oriented, 4);
      }
      created++;
    }
  }
  return { created, existing };
}
