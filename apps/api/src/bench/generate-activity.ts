import { DataSource } from 'typeorm';

export interface ActivitySize {
  /** Orientations to the delivery lot (one per generated participant, up to this number). */
  orientations: number;
  /** Attendance rows (session enrolments), spread over sessions of `perSession` people. */
  attendances: number;
  perSession: number;
}

/**
 * Generates a year and a half of proven (and unproven) activity on two lots with plain SQL (generate_series):
 * orientations of the generated participants to `deliveryLot` (entry sheets, one in 9 late; exits for one in 5, their
 * exit sheet for most), signed workshops (one in 10 unsigned) with their attendance rows, four interviews per
 * orientation (one in four without proof), assessments, and staff time on `timeLot` tied to its own orientations.
 */
export async function generateActivity(
  dataSource: DataSource,
  {
    structureId,
    providerId,
    deliveryLot,
    timeLot,
    proofId,
  }: { structureId: string; providerId: string; deliveryLot: string; timeLot: string; proofId: string },
  { orientations, attendances, perSession }: ActivitySize,
): Promise<void> {
  const q = async (sql: string, params: unknown[]) => {
    const started = performance.now();
    await dataSource.query(sql, params);
    const table = /INSERT INTO (\w+)/.exec(sql)?.[1] ?? '?';
    console.log(`  ${table.padEnd(24)} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  await q(
    `INSERT INTO orientations ("structureId", "lotId", "providerStructureId", "participantId", "orientedOn", status, "entryDueOn", "entrySheetSentOn", "startedOn",
                               "exitOn", "exitReason", "exitDueOn", "exitSheetSentOn", version)
     SELECT $1, $2, $3, p.id, o.day, (CASE WHEN p.n % 5 = 0 THEN 'EXITED' ELSE 'ENTERED' END)::orientation_status, o.day + 15, o.day + (CASE WHEN p.n % 9 = 0 THEN 20 ELSE 5 END), o.day + 5,
            x.day, (CASE WHEN p.n % 5 = 0 THEN (CASE WHEN p.n % 2 = 0 THEN 'JOB_OR_TRAINING' ELSE 'LOST_CONTACT' END) END)::action_exit_reason, x.day + 15,
            CASE WHEN p.n % 5 = 0 AND p.n % 7 <> 0 THEN x.day + 7 END, 1
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM participants WHERE "structureId" = $1 AND "lastName" LIKE 'Nom%') p
      CROSS JOIN LATERAL (SELECT current_date - 540 + (p.n % 400)::int AS day) o
      CROSS JOIN LATERAL (SELECT CASE WHEN p.n % 5 = 0 THEN o.day + 90 END AS day) x
      WHERE p.n <= $4`,
    [structureId, deliveryLot, providerId, orientations],
  );
  await q(
    `INSERT INTO liaison_sheets ("orientationId", kind, "sentOn", "dueOn", late)
     SELECT id, 'ENTRY'::liaison_sheet_kind, "entrySheetSentOn", "entryDueOn", "entrySheetSentOn" > "entryDueOn" FROM orientations WHERE "lotId" = $1
     UNION ALL
     SELECT id, 'EXIT'::liaison_sheet_kind, "exitSheetSentOn", "exitDueOn", false FROM orientations WHERE "lotId" = $1 AND "exitSheetSentOn" IS NOT NULL`,
    [deliveryLot],
  );
  const count = async (lotId: string) =>
    Number((await dataSource.query(`SELECT count(*) AS n FROM orientations WHERE "lotId" = $1`, [lotId]))[0].n);
  const sessions = Math.ceil(attendances / perSession);
  await q(
    `INSERT INTO activity_sessions ("lotId", "structureId", "providerStructureId", kind, title, date, "startTime", "durationMinutes", place, facilitator, "maxParticipants",
                                    "sheetFrozenAt", "sheetSha256", "sheetProofId", version)
     SELECT $1, $2, $3, 'WORKSHOP', 'Atelier ' || s, current_date - 540 + (s % 530), '09:30', 180, 'Salle', 'Animatrice', $5,
            CASE WHEN s % 10 <> 0 THEN now() END, CASE WHEN s % 10 <> 0 THEN md5(s::text) || md5(s::text) END, CASE WHEN s % 10 <> 0 THEN $6::uuid END, 1
       FROM generate_series(1, $4) s`,
    [deliveryLot, structureId, providerId, sessions, perSession, proofId],
  );
  await q(
    `WITH o AS (SELECT id, "participantId", "structureId", "providerStructureId", row_number() OVER (ORDER BY id) - 1 AS n FROM orientations WHERE "lotId" = $1),
          s AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM activity_sessions WHERE "lotId" = $1)
     INSERT INTO session_enrolments ("sessionId", "orientationId", "participantId", "structureId", "providerStructureId", attendance)
     SELECT s.id, o.id, o."participantId", o."structureId", o."providerStructureId", (CASE WHEN (s.n + k) % 6 = 0 THEN 'UNEXCUSED_ABSENCE' ELSE 'PRESENT' END)::attendance_status
       FROM s CROSS JOIN generate_series(0, $2 - 1) k
       JOIN o ON o.n = (s.n * $2 + k) % $3`,
    [deliveryLot, perSession, await count(deliveryLot)],
  );
  await q(
    `INSERT INTO activity_interviews ("orientationId", "lotId", "structureId", "providerStructureId", date, "durationMinutes", kind, "proofId")
     SELECT o.id, o."lotId", o."structureId", o."providerStructureId", o."orientedOn" + 3 + k * 30, 45, 'FOLLOW_UP', CASE WHEN k % 4 <> 3 THEN $2::uuid END
       FROM orientations o CROSS JOIN generate_series(0, 3) k WHERE o."lotId" = $1`,
    [deliveryLot, proofId],
  );
  await q(
    `INSERT INTO assessments ("orientationId", "participantId", "lotId", "structureId", "providerStructureId", kind, "startedOn", "dueBy", hours, "tripartiteMeetingOn", synthesis, "completedOn", version)
     SELECT o.id, o."participantId", o."lotId", o."structureId", o."providerStructureId", 'GUIDANCE', o."orientedOn" + 10, o."orientedOn" + 70, 14, o."orientedOn" + 50, 'Synthèse', o."orientedOn" + 55, 1
       FROM (SELECT *, row_number() OVER (ORDER BY id) AS n FROM orientations WHERE "lotId" = $1) o WHERE o.n % 10 = 0`,
    [deliveryLot],
  );
  // Staff time on the other lot, tied to its own orientations (a tenth of the participants).
  await q(
    `INSERT INTO orientations ("structureId", "lotId", "providerStructureId", "participantId", "orientedOn", status, "entryDueOn", "entrySheetSentOn", "startedOn", version)
     SELECT "structureId", $2, "providerStructureId", "participantId", "orientedOn", 'ENTERED', "entryDueOn", "entrySheetSentOn", "startedOn", 1
       FROM (SELECT *, row_number() OVER (ORDER BY id) AS n FROM orientations WHERE "lotId" = $1) o WHERE o.n % 10 = 0`,
    [deliveryLot, timeLot],
  );
  await q(
    `WITH o AS (SELECT id, "structureId", "providerStructureId", row_number() OVER (ORDER BY id) - 1 AS n FROM orientations WHERE "lotId" = $1),
          t AS (
            INSERT INTO time_entries ("lotId", "structureId", "providerStructureId", date, kind, minutes, description, "proofId")
            SELECT $1, $2, $3, current_date - 540 + (i % 530), (ARRAY['FACE_TO_FACE', 'PREPARATION', 'COORDINATION'])[1 + i % 3]::hour_kind, 60 + (i % 4) * 30, 'Temps',
                   CASE WHEN i % 8 <> 0 THEN $4::uuid END
              FROM generate_series(1, $5) i
            RETURNING id)
     INSERT INTO time_entry_participants ("timeEntryId", "orientationId", "structureId", "providerStructureId")
     SELECT t.id, o.id, o."structureId", o."providerStructureId" FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM t) t JOIN o ON o.n = t.n % $6 WHERE t.n % 20 <> 0`,
    [timeLot, structureId, providerId, proofId, Math.max(1000, Math.round(orientations * 0.6)), await count(timeLot)],
  );
  await dataSource.query('ANALYZE');
}
