import {
  CEJ_RUPTURE_EXIT_REASONS,
  CEJ_SOLUTION_EXIT_REASONS,
  DropOffMeasure,
  RUPTURE_EXIT_REASONS,
  SOLUTION_EXIT_REASONS,
} from '@passerelle/domain';
import { ageBandSql, contactSql } from '../../core/database/domain-rules.sql';
import { sqlList } from '../../core/database/sql';

const M = DropOffMeasure;

/**
 * The CTEs `contacts`, `firsts` and `events` (measure, pid, day): every drop-off event of the people of the structures
 * whose id satisfies `structureMatch` (an SQL predicate's right-hand side, e.g. `= $1`). `asOf` and `windowDays`
 * are the SQL placeholders of the day of the analysis and of the window. Shared with the networks' aggregates.
 * A PLIE's contacts are its follow-ups and its exits its paths'; a Mission Locale's contacts are its ML contacts (any
 * kind), a CEJ entry on or after the first contact counts as coming back, and its exits are its CEJ contracts'.
 */
export function dropOffEventsSql(structureMatch: string, asOf: string, windowDays: string): string {
  return `contacts AS (
  SELECT pp."participantId" AS pid, f.date FROM plie_follow_ups f JOIN plie_paths pp ON pp.id = f."pathId"
  WHERE pp."structureId" ${structureMatch} AND ${contactSql('f')}
  UNION ALL
  SELECT c."participantId", c.date FROM ml_contacts c WHERE c."structureId" ${structureMatch}
), firsts AS (SELECT pid, min(date) AS first FROM contacts GROUP BY pid),
events AS (
  SELECT '${M.FIRST_CONTACTS}' AS measure, pid, first AS day FROM firsts
  UNION ALL
  SELECT '${M.NEVER_SEEN_AGAIN}', f.pid, f.first FROM firsts f
  WHERE f.first + ${windowDays}::int <= ${asOf}::date AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.pid = f.pid AND c.date > f.first)
    AND NOT EXISTS (SELECT 1 FROM cej_contracts k WHERE k."participantId" = f.pid AND k."signedOn" IS NOT NULL AND k."startOn" >= f.first)
  UNION ALL
  SELECT '${M.RUPTURES}', pp."participantId", pp."exitDate" FROM plie_paths pp
  WHERE pp."structureId" ${structureMatch} AND pp."exitReason" IN (${sqlList(RUPTURE_EXIT_REASONS)})
  UNION ALL
  SELECT '${M.EXITS_WITHOUT_SOLUTION}', pp."participantId", pp."exitDate" FROM plie_paths pp
  WHERE pp."structureId" ${structureMatch} AND pp."exitDate" IS NOT NULL AND pp."exitPositive" IS NOT TRUE
    AND pp."exitReason" NOT IN (${sqlList([...RUPTURE_EXIT_REASONS, ...SOLUTION_EXIT_REASONS])})
  UNION ALL
  SELECT '${M.RUPTURES}', k."participantId", k."endedOn" FROM cej_contracts k
  WHERE k."structureId" ${structureMatch} AND k."exitReason" IN (${sqlList(CEJ_RUPTURE_EXIT_REASONS)})
  UNION ALL
  SELECT '${M.EXITS_WITHOUT_SOLUTION}', k."participantId", k."endedOn" FROM cej_contracts k
  WHERE k."structureId" ${structureMatch} AND k."endedOn" IS NOT NULL AND k."exitPositive" IS NOT TRUE
    AND k."exitReason" NOT IN (${sqlList([...CEJ_RUPTURE_EXIT_REASONS, ...CEJ_SOLUTION_EXIT_REASONS])})
)`;
}

/**
 * Every drop-off event of the structure's people, then counted by month, branch, age band (on the day of the event)
 * and sex with GROUPING SETS — one statement. It mirrors the domain rules of `reports/drop-off.ts`.
 * $1 structure, $2 first day, $3 last day, $4 day of the analysis, $5 window in days, $6 branch or null.
 */
export const DROP_OFF_SQL = `
WITH ${dropOffEventsSql('= $1', '$4', '$5')}, scoped AS (
  SELECT e.measure, to_char(e.day, 'YYYY-MM') AS month, coalesce(b.id::text, '') AS branch, coalesce(b.name, 'Sans antenne') AS "branchName",
    ${ageBandSql('p."birthDate"', 'e.day')} AS band, p.sex::text AS sex
  FROM events e JOIN participants p ON p.id = e.pid LEFT JOIN branches b ON b.id = p."branchId"
  WHERE p."structureId" = $1 AND e.day BETWEEN $2::date AND $3::date AND ($6::uuid IS NULL OR p."branchId" = $6::uuid)
)
SELECT measure, month, branch, "branchName", band, sex, count(*)::int AS n,
  CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN GROUPING(branch) = 0 THEN 'branch' WHEN GROUPING(band) = 0 THEN 'band' WHEN GROUPING(sex) = 0 THEN 'sex' ELSE 'total' END AS "groupedBy"
FROM scoped
GROUP BY GROUPING SETS ((measure, month), (measure, branch, "branchName"), (measure, band), (measure, sex), (measure))`;
