import { IndicatorMeasure } from '@passerelle/domain';

/**
 * The units each measure counts, for a set of indicators at once (no query per indicator): parameters $1 the indicator
 * ids (uuid[]), $2 the day of computation. Every branch joins `payment_indicators pi` and keeps the activity of the
 * indicator's lot between the start of its period and min(end of period, $2).
 *
 * One row per piece of evidence; `unitId` is what is counted once per indicator. `gap` is null when the evidence is a
 * proof (signed sheet, recorded interview, time entry with its document, sheet sent on time…), otherwise why it does not
 * count (listed apart, never counted).
 */
export const UNIT_COLUMNS = `"indicatorId", "unitId", "proofKind", date, quantity, gap, "participantId", "sessionId", "sheetSha256", "interviewId", "timeEntryId", "assessmentId", "liaisonSheetId", "orientationId", "proofId"`;

const last = `LEAST(pi."periodEnd", $2::date)`;
const nulls = (columns: string[]) => columns.map((c) => `NULL::${c.endsWith('sheetSha256"') ? 'varchar' : 'uuid'} AS ${c}`).join(', ');

const ACTIVE_FILE = `
  SELECT pi.id AS "indicatorId", o."participantId"::text AS "unitId", 'ATTENDANCE' AS "proofKind", s.date, 1::numeric AS quantity,
         CASE WHEN s."sheetFrozenAt" IS NULL THEN 'SHEET_NOT_SIGNED' END AS gap, o."participantId", s.id AS "sessionId", s."sheetSha256",
         ${nulls(['"interviewId"', '"timeEntryId"', '"assessmentId"', '"liaisonSheetId"'])}, o.id AS "orientationId", s."sheetProofId" AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    JOIN participants p ON p.id = o."participantId"
    JOIN session_enrolments e ON e."orientationId" = o.id AND e.attendance = 'PRESENT'
    JOIN activity_sessions s ON s.id = e."sessionId" AND s."lotId" = o."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ACTIVE_FILE' AND s.date BETWEEN pi."periodStart" AND ${last}
     AND (pi."communeCodes" IS NULL OR p."communeCode" = ANY(pi."communeCodes"))
  UNION ALL
  SELECT pi.id, o."participantId"::text, 'INTERVIEW', i.date, 1::numeric, CASE WHEN i."proofId" IS NULL THEN 'NO_PROOF' END, o."participantId",
         NULL::uuid, NULL::varchar, i.id, NULL::uuid, NULL::uuid, NULL::uuid, o.id, i."proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    JOIN participants p ON p.id = o."participantId"
    JOIN activity_interviews i ON i."orientationId" = o.id AND i."lotId" = o."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ACTIVE_FILE' AND i.date BETWEEN pi."periodStart" AND ${last}
     AND (pi."communeCodes" IS NULL OR p."communeCode" = ANY(pi."communeCodes"))`;

const HOURS = `
  SELECT pi.id AS "indicatorId", t.id::text AS "unitId", 'TIME_ENTRY' AS "proofKind", t.date, t.minutes / 60.0 AS quantity,
         CASE WHEN t."proofId" IS NULL THEN 'NO_PROOF'
              WHEN l."timeTiedToParticipants" AND NOT EXISTS (SELECT 1 FROM time_entry_participants tp WHERE tp."timeEntryId" = t.id) THEN 'NOT_TIED_TO_PARTICIPANTS' END AS gap,
         NULL::uuid AS "participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", t.id AS "timeEntryId",
         ${nulls(['"assessmentId"', '"liaisonSheetId"', '"orientationId"'])}, t."proofId"
    FROM payment_indicators pi
    JOIN lots l ON l.id = pi."lotId"
    JOIN time_entries t ON t."lotId" = pi."lotId" AND t.kind = pi."hourKind"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'HOURS' AND t.date BETWEEN pi."periodStart" AND ${last}`;

const WORKSHOPS_RUN = `
  SELECT pi.id AS "indicatorId", s.id::text AS "unitId", 'ATTENDANCE' AS "proofKind", s.date, 1::numeric AS quantity,
         CASE WHEN s."sheetFrozenAt" IS NULL THEN 'SHEET_NOT_SIGNED' END AS gap, NULL::uuid AS "participantId", s.id AS "sessionId", s."sheetSha256",
         ${nulls(['"interviewId"', '"timeEntryId"', '"assessmentId"', '"liaisonSheetId"', '"orientationId"'])}, s."sheetProofId" AS "proofId"
    FROM payment_indicators pi
    JOIN activity_sessions s ON s."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'WORKSHOPS_RUN' AND s.date BETWEEN pi."periodStart" AND ${last}
     AND EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e.attendance = 'PRESENT')`;

const INTERVIEWS = `
  SELECT pi.id AS "indicatorId", i.id::text AS "unitId", 'INTERVIEW' AS "proofKind", i.date, 1::numeric AS quantity, CASE WHEN i."proofId" IS NULL THEN 'NO_PROOF' END AS gap,
         o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", i.id AS "interviewId",
         ${nulls(['"timeEntryId"', '"assessmentId"', '"liaisonSheetId"'])}, o.id AS "orientationId", i."proofId"
    FROM payment_indicators pi
    JOIN activity_interviews i ON i."lotId" = pi."lotId"
    JOIN orientations o ON o.id = i."orientationId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'INTERVIEWS' AND i.date BETWEEN pi."periodStart" AND ${last}`;

const ASSESSMENTS_DONE = `
  SELECT pi.id AS "indicatorId", a.id::text AS "unitId", 'ASSESSMENT' AS "proofKind", a."completedOn" AS date, 1::numeric AS quantity,
         NULL::text AS gap,
         a."participantId", ${nulls(['"sessionId"'])}, NULL::varchar AS "sheetSha256", ${nulls(['"interviewId"', '"timeEntryId"'])}, a.id AS "assessmentId",
         NULL::uuid AS "liaisonSheetId", a."orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN assessments a ON a."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ASSESSMENTS_DONE' AND a."completedOn" BETWEEN pi."periodStart" AND ${last}`;

export const UNITS_SQL: Record<IndicatorMeasure, string> = {
  [IndicatorMeasure.ACTIVE_FILE]: ACTIVE_FILE,
  [IndicatorMeasure.HOURS]: HOURS,
  [IndicatorMeasure.WORKSHOPS_RUN]: WORKSHOPS_RUN,
  [IndicatorMeasure.INTERVIEWS]: INTERVIEWS,
  [IndicatorMeasure.ASSESSMENTS_DONE]: ASSESSMENTS_DONE,
};

/** Each unit once per indicator: its earliest proof, or, when it has none, its earliest unproven evidence. */
export function distinctUnitsSql(measures: Iterable<IndicatorMeasure>): string {
  const branches = [...new Set(measures)].map((m) => UNITS_SQL[m]);
  if (branches.length === 0) throw new Error('No measure to compute');
  return `SELECT DISTINCT ON ("indicatorId", "unitId") ${UNIT_COLUMNS} FROM (${branches.join('\n  UNION ALL\n')}) raw
           ORDER BY "indicatorId", "unitId", (gap IS NOT NULL), date, "proofKind", "proofId"`;
}

/** Per indicator: sum, average and count of the proven units, and the count of units that lack proof. */
export function aggregatesSql(measures: Iterable<IndicatorMeasure>): string {
  return `SELECT "indicatorId",
                 COALESCE(ROUND(SUM(quantity) FILTER (WHERE gap IS NULL), 2), 0)::text AS sum,
                 COALESCE(ROUND(AVG(quantity) FILTER (WHERE gap IS NULL), 2), 0)::text AS avg,
                 (count(*) FILTER (WHERE gap IS NULL))::int AS proven,
                 (count(*) FILTER (WHERE gap IS NOT NULL))::int AS unproven
            FROM (${distinctUnitsSql(measures)}) u GROUP BY "indicatorId"`;
}
