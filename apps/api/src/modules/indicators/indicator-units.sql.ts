import { IndicatorMeasure } from '@passerelle/domain';

/**
 * The units each measure counts, for a set of indicators at once (no query per indicator): parameters $1 the indicator
 * ids (uuid[]), $2 the day of computation (or the SQL expression `day` given). Every branch joins `payment_indicators pi` and keeps the activity of the
 * indicator's lot between the start of its period and min(end of period, $2).
 *
 * One row per piece of evidence; `unitId` is what is counted once per indicator. `gap` is null when the evidence is a
 * proof (signed sheet, recorded interview, time entry with its document, sheet sent on time…), otherwise why it does not
 * count (listed apart, never counted).
 */
export const UNIT_COLUMNS = `"indicatorId", "unitId", "proofKind", date, quantity, gap, "participantId", "sessionId", "sheetSha256", "interviewId", "timeEntryId", "assessmentId", "liaisonSheetId", "orientationId", "proofId"`;

/** The day of computation: parameter $2 by default; the history passes the lateral day column instead. */
const DAY_PARAM = '$2::date';

const last = (day: string) => `LEAST(pi."periodEnd", ${day})`;
const nulls = (columns: string[]) =>
  columns.map((c) => `NULL::${c.endsWith('sheetSha256"') ? 'varchar' : 'uuid'} AS ${c}`).join(', ');

/**
 * The presences of orientation `o`, read through its own index first; OFFSET 0 keeps PostgreSQL from walking the
 * lot's sessions by date instead (its estimate of a date range bound to an outer row is far too low).
 */
const presences = `SELECT e."sessionId" FROM session_enrolments e WHERE e."orientationId" = o.id AND e.attendance = 'PRESENT' OFFSET 0`;
/** The session of presence `e`, by its primary key (same reason). */
const sessionOf = `SELECT s.* FROM activity_sessions s WHERE s.id = e."sessionId" OFFSET 0`;

/**
 * One row per orientation: a proof of activity in the period (a presence on a signed sheet, or the first interview
 * with its proof), else the first evidence lacking proof. Looked up per orientation (LIMIT 1), never every presence.
 */
const evidence = (proven: boolean, day: string) => `
      (SELECT 'ATTENDANCE'::text AS "proofKind", s.date, ${proven ? 'NULL::text' : `'SHEET_NOT_SIGNED'::text`} AS gap, s.id AS "sessionId", s."sheetSha256",
              NULL::uuid AS "interviewId", s."sheetProofId" AS "proofId"
         FROM (${presences}) e CROSS JOIN LATERAL (${sessionOf}) s
        WHERE s."sheetFrozenAt" IS ${proven ? 'NOT NULL' : 'NULL'} AND s.date BETWEEN pi."periodStart" AND ${last(day)}
        LIMIT 1)
      UNION ALL
      (SELECT 'INTERVIEW', i.date, ${proven ? 'NULL' : `'NO_PROOF'`}, NULL, NULL, i.id, i."proofId"
         FROM activity_interviews i
        WHERE i."orientationId" = o.id AND i."proofId" IS ${proven ? 'NOT NULL' : 'NULL'} AND i.date BETWEEN pi."periodStart" AND ${last(day)}
        ORDER BY i.date LIMIT 1)`;

const ACTIVE_FILE = (day: string) => `
  SELECT pi.id AS "indicatorId", o."participantId"::text AS "unitId", COALESCE(pv."proofKind", uv."proofKind") AS "proofKind", COALESCE(pv.date, uv.date) AS date,
         1::numeric AS quantity, uv.gap, o."participantId", COALESCE(pv."sessionId", uv."sessionId") AS "sessionId", pv."sheetSha256",
         COALESCE(pv."interviewId", uv."interviewId") AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId",
         o.id AS "orientationId", pv."proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    JOIN participants p ON p.id = o."participantId"
    LEFT JOIN LATERAL (SELECT c.* FROM (${evidence(true, day)}) c ORDER BY c.date LIMIT 1) pv ON true
    -- evidence lacking proof is only looked for when there is no proof (a one-time filter on pv)
    LEFT JOIN LATERAL (SELECT c.* FROM (${evidence(false, day)}) c WHERE pv."proofKind" IS NULL ORDER BY c.date LIMIT 1) uv ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ACTIVE_FILE' AND (pi."communeCodes" IS NULL OR p."communeCode" = ANY(pi."communeCodes"))
     AND (pv."proofKind" IS NOT NULL OR uv."proofKind" IS NOT NULL)`;

/** Time entries in hours for the lists; the aggregates sum their exact minutes (`minutes`: true), see MEASURE_SUM_DIVISOR. */
const HOURS = (day: string, minutes = false) => `
  SELECT pi.id AS "indicatorId", t.id::text AS "unitId", 'TIME_ENTRY' AS "proofKind", t.date, ${minutes ? 't.minutes::numeric' : 't.minutes / 60.0'} AS quantity,
         CASE WHEN t."proofId" IS NULL THEN 'NO_PROOF'
              WHEN l."timeTiedToParticipants" AND NOT EXISTS (SELECT 1 FROM time_entry_participants tp WHERE tp."timeEntryId" = t.id) THEN 'NOT_TIED_TO_PARTICIPANTS' END AS gap,
         NULL::uuid AS "participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", t.id AS "timeEntryId",
         ${nulls(['"assessmentId"', '"liaisonSheetId"', '"orientationId"'])}, t."proofId"
    FROM payment_indicators pi
    JOIN lots l ON l.id = pi."lotId"
    JOIN time_entries t ON t."lotId" = pi."lotId" AND t.kind = pi."hourKind"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'HOURS' AND t.date BETWEEN pi."periodStart" AND ${last(day)}`;

const WORKSHOPS_RUN = (day: string) => `
  SELECT pi.id AS "indicatorId", s.id::text AS "unitId", 'ATTENDANCE' AS "proofKind", s.date, 1::numeric AS quantity,
         CASE WHEN s."sheetFrozenAt" IS NULL THEN 'SHEET_NOT_SIGNED' END AS gap, NULL::uuid AS "participantId", s.id AS "sessionId", s."sheetSha256",
         ${nulls(['"interviewId"', '"timeEntryId"', '"assessmentId"', '"liaisonSheetId"', '"orientationId"'])}, s."sheetProofId" AS "proofId"
    FROM payment_indicators pi
    JOIN activity_sessions s ON s."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'WORKSHOPS_RUN' AND s.date BETWEEN pi."periodStart" AND ${last(day)}
     AND EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e.attendance = 'PRESENT')`;

const INTERVIEWS = (day: string) => `
  SELECT pi.id AS "indicatorId", i.id::text AS "unitId", 'INTERVIEW' AS "proofKind", i.date, 1::numeric AS quantity, CASE WHEN i."proofId" IS NULL THEN 'NO_PROOF' END AS gap,
         o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", i.id AS "interviewId",
         ${nulls(['"timeEntryId"', '"assessmentId"', '"liaisonSheetId"'])}, o.id AS "orientationId", i."proofId"
    FROM payment_indicators pi
    JOIN activity_interviews i ON i."lotId" = pi."lotId"
    JOIN orientations o ON o.id = i."orientationId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'INTERVIEWS' AND i.date BETWEEN pi."periodStart" AND ${last(day)}`;

const ASSESSMENTS_DONE = (day: string) => `
  SELECT pi.id AS "indicatorId", a.id::text AS "unitId", 'ASSESSMENT' AS "proofKind", a."completedOn" AS date, 1::numeric AS quantity,
         NULL::text AS gap,
         a."participantId", ${nulls(['"sessionId"'])}, NULL::varchar AS "sheetSha256", ${nulls(['"interviewId"', '"timeEntryId"'])}, a.id AS "assessmentId",
         NULL::uuid AS "liaisonSheetId", a."orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN assessments a ON a."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ASSESSMENTS_DONE' AND a."completedOn" BETWEEN pi."periodStart" AND ${last(day)}`;

const EXITS = (day: string) => `
  SELECT pi.id AS "indicatorId", o.id::text AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."exitOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NO_EXIT_SHEET' END AS gap, o."participantId", ${nulls(['"sessionId"'])}, NULL::varchar AS "sheetSha256",
         ${nulls(['"interviewId"', '"timeEntryId"', '"assessmentId"'])}, ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND (pi."exitReason" IS NULL OR o."exitReason" = pi."exitReason")
    LEFT JOIN LATERAL (SELECT l.id FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind = 'EXIT' AND l."sentOn" <= ${day} ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'EXITS' AND o."exitOn" BETWEEN pi."periodStart" AND ${last(day)}`;

/** A sheet due (entry: 15 days after the orientation; exit: 15 days after the exit) counts once due or sent. */
const sheetsOnTime = (sheet: 'entry' | 'exit', kinds: string, day: string) => `
  SELECT pi.id AS "indicatorId", o.id::text || ':${sheet}' AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."${sheet}DueOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NOT_SENT' WHEN ls."sentOn" > o."${sheet}DueOn" THEN 'LATE' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         ${nulls(['"interviewId"', '"timeEntryId"', '"assessmentId"'])}, ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    LEFT JOIN LATERAL (SELECT l.id, l."sentOn" FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind IN (${kinds}) AND l."sentOn" <= ${day} ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'SHEETS_ON_TIME' AND o."${sheet}DueOn" BETWEEN pi."periodStart" AND ${last(day)}
     AND (ls.id IS NOT NULL OR o."${sheet}DueOn" < ${day})`;

const SHEETS_ON_TIME = (day: string) =>
  `${sheetsOnTime('entry', `'ENTRY', 'NON_ENTRY'`, day)}\n  UNION ALL${sheetsOnTime('exit', `'EXIT'`, day)}`;

/**
 * Days from the orientation to the first proven appointment; still waiting: listed apart with the days waited so far.
 * The first signed presence of each orientation comes from one grouped pass over the lot's presences (no lower date
 * bound: one enrols only once oriented); its session is then found by stopping at the first match.
 */
const FIRST_APPOINTMENT_WAIT = (day: string) => `
  SELECT pi.id AS "indicatorId", o.id::text AS "unitId", COALESCE(f.kind, 'WAITING') AS "proofKind", COALESCE(f.date, o."orientedOn") AS date,
         GREATEST(COALESCE(f.date, ${day}) - o."orientedOn", 0)::numeric AS quantity, CASE WHEN f.date IS NULL THEN 'NOT_SEEN_YET' END AS gap,
         o."participantId", f."sessionId", f."sheetSha256", f."interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId",
         o.id AS "orientationId", f."proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND o.status <> 'NOT_ENTERED'
    -- the first presence on a signed sheet of every orientation of the lot, in one pass over the lot's sessions
    LEFT JOIN (SELECT e."orientationId", min(s.date) AS date
                 FROM activity_sessions s JOIN session_enrolments e ON e."sessionId" = s.id AND e.attendance = 'PRESENT'
                WHERE s."lotId" IN (SELECT "lotId" FROM payment_indicators WHERE id = ANY($1::uuid[]) AND measure = 'FIRST_APPOINTMENT_WAIT')
                  AND s."sheetFrozenAt" IS NOT NULL AND s.date <= ${day}
                GROUP BY e."orientationId") fp ON fp."orientationId" = o.id
    LEFT JOIN LATERAL (
      SELECT c.* FROM (
        (SELECT 'INTERVIEW' AS kind, i.date, NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", i.id AS "interviewId", i."proofId"
           FROM activity_interviews i WHERE i."orientationId" = o.id AND i."proofId" IS NOT NULL AND i.date BETWEEN o."orientedOn" AND ${day}
          ORDER BY i.date LIMIT 1)
        UNION ALL
        (SELECT 'ATTENDANCE', s.date, s.id, s."sheetSha256", NULL::uuid, s."sheetProofId"
           FROM (${presences}) e CROSS JOIN LATERAL (${sessionOf}) s
          WHERE fp.date IS NOT NULL AND s.date = fp.date AND s."sheetFrozenAt" IS NOT NULL LIMIT 1)
      ) c ORDER BY c.date LIMIT 1
    ) f ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'FIRST_APPOINTMENT_WAIT' AND o."orientedOn" BETWEEN pi."periodStart" AND ${last(day)}`;

export const UNITS_SQL: Record<IndicatorMeasure, (day: string) => string> = {
  [IndicatorMeasure.ACTIVE_FILE]: ACTIVE_FILE,
  [IndicatorMeasure.HOURS]: HOURS,
  [IndicatorMeasure.WORKSHOPS_RUN]: WORKSHOPS_RUN,
  [IndicatorMeasure.INTERVIEWS]: INTERVIEWS,
  [IndicatorMeasure.ASSESSMENTS_DONE]: ASSESSMENTS_DONE,
  [IndicatorMeasure.EXITS]: EXITS,
  [IndicatorMeasure.SHEETS_ON_TIME]: SHEETS_ON_TIME,
  [IndicatorMeasure.FIRST_APPOINTMENT_WAIT]: FIRST_APPOINTMENT_WAIT,
};

/** Each unit once per indicator: its earliest proof, or, when it has none, its earliest unproven evidence. */
export function distinctUnitsSql(measures: Iterable<IndicatorMeasure>, day = DAY_PARAM): string {
  const branches = [...new Set(measures)].map((m) => UNITS_SQL[m](day));
  if (branches.length === 0) throw new Error('No measure to compute');
  return `SELECT DISTINCT ON ("indicatorId", "unitId") ${UNIT_COLUMNS} FROM (${branches.join('\n  UNION ALL\n')}) raw
           ORDER BY "indicatorId", "unitId", (gap IS NOT NULL), date, "proofKind", "proofId"`;
}

/**
 * The active file counted, one row per indicator and participant (`proven`: any of its orientations has a proof in the
 * period), with the same rules as ACTIVE_FILE but in one hashed pass over the presences and interviews instead of a
 * lookup per orientation: only whether a proof (or evidence lacking one) exists matters for the count.
 */
const ACTIVE_FILE_COUNTED = (day: string) => `
  SELECT pi.id AS "indicatorId", bool_or(ev.proven) AS proven
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    JOIN participants p ON p.id = o."participantId"
    JOIN (SELECT e."orientationId", s.date, s."sheetFrozenAt" IS NOT NULL AS proven
            FROM session_enrolments e JOIN activity_sessions s ON s.id = e."sessionId"
           WHERE e.attendance = 'PRESENT'
          UNION ALL
          SELECT i."orientationId", i.date, i."proofId" IS NOT NULL FROM activity_interviews i) ev
      ON ev."orientationId" = o.id AND ev.date BETWEEN pi."periodStart" AND ${last(day)}
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ACTIVE_FILE' AND (pi."communeCodes" IS NULL OR p."communeCode" = ANY(pi."communeCodes"))
   GROUP BY pi.id, o."participantId"`;

/**
 * The first appointment wait counted, one row per orientation, with the same rules as FIRST_APPOINTMENT_WAIT: the first
 * signed presence from the same grouped pass, the first proven interview since the orientation by its index; which
 * session or interview it was is not needed for the count.
 */
const FIRST_APPOINTMENT_WAIT_COUNTED = (day: string) => `
  SELECT pi.id AS "indicatorId", GREATEST(COALESCE(LEAST(fp.date, fi.date), ${day}) - o."orientedOn", 0)::numeric AS quantity,
         (fp.date IS NOT NULL OR fi.date IS NOT NULL) AS proven
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND o.status <> 'NOT_ENTERED'
    LEFT JOIN (SELECT e."orientationId", min(s.date) AS date
                 FROM activity_sessions s JOIN session_enrolments e ON e."sessionId" = s.id AND e.attendance = 'PRESENT'
                WHERE s."lotId" IN (SELECT "lotId" FROM payment_indicators WHERE id = ANY($1::uuid[]) AND measure = 'FIRST_APPOINTMENT_WAIT')
                  AND s."sheetFrozenAt" IS NOT NULL AND s.date <= ${day}
                GROUP BY e."orientationId") fp ON fp."orientationId" = o.id
    LEFT JOIN LATERAL (SELECT min(i.date) AS date FROM activity_interviews i
                        WHERE i."orientationId" = o.id AND i."proofId" IS NOT NULL AND i.date BETWEEN o."orientedOn" AND ${day}) fi ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'FIRST_APPOINTMENT_WAIT' AND o."orientedOn" BETWEEN pi."periodStart" AND ${last(day)}`;

/**
 * Per indicator: the sum and count of the proven units, and the count of units that lack proof (see `exactMeasureValue`:
 * hours are summed as exact minutes, nothing rounded before pricing).
 * Every measure yields one row per unit except the active file (a participant may be oriented twice to a lot), which
 * is grouped by participant; no sort of the evidence rows.
 */
export function aggregatesSql(measures: Iterable<IndicatorMeasure>, day = DAY_PARAM): string {
  const set = new Set(measures);
  const parts: string[] = [];
  if (set.delete(IndicatorMeasure.ACTIVE_FILE)) {
    parts.push(`SELECT "indicatorId", 1::numeric AS quantity, proven FROM (${ACTIVE_FILE_COUNTED(day)}) a`);
  }
  if (set.delete(IndicatorMeasure.FIRST_APPOINTMENT_WAIT))
    parts.push(`SELECT "indicatorId", quantity, proven FROM (${FIRST_APPOINTMENT_WAIT_COUNTED(day)}) w`);
  if (set.size)
    parts.push(
      `SELECT "indicatorId", quantity, gap IS NULL AS proven FROM (${[...set].map((m) => (m === IndicatorMeasure.HOURS ? HOURS(day, true) : UNITS_SQL[m](day))).join('\n  UNION ALL\n')}) r`,
    );
  if (parts.length === 0) throw new Error('No measure to compute');
  return `SELECT "indicatorId",
                 COALESCE(SUM(quantity) FILTER (WHERE proven), 0)::text AS sum,
                 (count(*) FILTER (WHERE proven))::int AS proven,
                 (count(*) FILTER (WHERE NOT proven))::int AS unproven
            FROM (${parts.join('\n UNION ALL\n')}) u GROUP BY "indicatorId"`;
}

/** Sample statements for the committed SQL (`pnpm sql:generate`): every measure at once. */
export const GENERATE_SQL = {
  ...Object.fromEntries(Object.values(IndicatorMeasure).map((m) => [`UNITS_SQL.${m}`, () => UNITS_SQL[m](DAY_PARAM)])),
  distinctUnitsSql: () => distinctUnitsSql(Object.values(IndicatorMeasure)),
  aggregatesSql: () => aggregatesSql(Object.values(IndicatorMeasure)),
  'aggregatesSql (per day of a lateral list, the history)': () =>
    aggregatesSql(Object.values(IndicatorMeasure), 'd.day'),
};
