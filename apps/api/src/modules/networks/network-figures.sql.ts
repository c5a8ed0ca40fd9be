import { CejContractStatus, FollowUpKind } from '@passerelle/domain';
import { dropOffEventsSql } from '../analytics/drop-off.service';
import { ageBandSql } from '../reports/figures/sql-rules';

/**
 * Every figure of every member in one statement, as rows (sid, metric, key, n).
 * $1 member ids, $2 first day, $3 last day, $4 day of the analysis, $5 drop-off window in days.
 */
export const NETWORK_FIGURES_SQL = `
WITH ${dropOffEventsSql('= ANY($1::uuid[])', '$4', '$5')}
SELECT p."structureId" AS sid, 'dropOff' AS metric, e.measure AS key, count(*)::int AS n
FROM events e JOIN participants p ON p.id = e.pid
WHERE e.day BETWEEN $2::date AND $3::date GROUP BY 1, 3
UNION ALL
SELECT "structureId", 'participants', '', count(*)::int FROM participants WHERE "structureId" = ANY($1::uuid[]) GROUP BY 1
UNION ALL
SELECT p."structureId", 'peopleContacted', '', count(DISTINCT c.pid)::int
FROM contacts c JOIN participants p ON p.id = c.pid WHERE c.date BETWEEN $2::date AND $3::date GROUP BY 1
UNION ALL
SELECT pp."structureId", 'interviews', '', count(*)::int FROM plie_follow_ups f JOIN plie_paths pp ON pp.id = f."pathId"
WHERE pp."structureId" = ANY($1::uuid[]) AND f.kind = '${FollowUpKind.INTERVIEW}' AND f.date BETWEEN $2::date AND $3::date
GROUP BY 1
UNION ALL
SELECT m.sid, 'sessions', '', count(*)::int FROM unnest($1::uuid[]) AS m(sid)
JOIN activity_sessions s ON m.sid IN (s."structureId", s."providerStructureId")
WHERE s.date BETWEEN $2::date AND $3::date GROUP BY 1
UNION ALL
SELECT "structureId", 'paymentIndicators', '', count(*)::int FROM payment_indicators
WHERE "structureId" = ANY($1::uuid[]) AND "periodStart" <= $3::date AND "periodEnd" >= $2::date GROUP BY 1
UNION ALL
SELECT "structureId", 'lotsWithIndicators', '', count(DISTINCT "lotId")::int FROM payment_indicators
WHERE "structureId" = ANY($1::uuid[]) AND "periodStart" <= $3::date AND "periodEnd" >= $2::date GROUP BY 1
UNION ALL
SELECT m.sid, 'reports', r.status::text, count(*)::int FROM unnest($1::uuid[]) AS m(sid)
JOIN reports r ON m.sid IN (r."structureId", r."reviewerStructureId")
WHERE r."periodEnd" BETWEEN $2::date AND $3::date GROUP BY 1, 3`;

/** The department of a commune's INSEE code in SQL; mirrors the domain's `departmentOfCommune`. */
const departmentSql = (code: string) =>
  `(CASE WHEN ${code} ~ '^([0-9]{5}|2[AB][0-9]{3})$' THEN CASE WHEN left(${code}, 2) = '97' THEN left(${code}, 3) ELSE left(${code}, 2) END END)`;

/**
 * The statistical export's cells: people followed in the period (a PLIE path admitted and not yet exited, or a signed CEJ
 * contract running, at some day of it), by member, department of residence,
 * age band on the last day, sex and programme. Nothing else is read: no name, contact, address, birth date, nor any
 * special-category data. $1 member ids, $2 first day, $3 last day.
 */
export const NETWORK_STATISTICS_SQL = `
SELECT s.name AS "member", ${departmentSql('p."communeCode"')} AS department,
  ${ageBandSql('p."birthDate"', '$3::date')} AS band, p.sex::text AS sex, p.programme::text AS programme, count(*)::int AS n
FROM participants p JOIN structures s ON s.id = p."structureId"
WHERE p."structureId" = ANY($1::uuid[]) AND (
  EXISTS (SELECT 1 FROM plie_paths pp WHERE pp."participantId" = p.id AND pp."admittedOn" <= $3::date
    AND (pp."exitDate" IS NULL OR pp."exitDate" >= $2::date))
  OR EXISTS (SELECT 1 FROM cej_contracts c WHERE c."participantId" = p.id AND c.status <> '${CejContractStatus.DRAFT}'
    AND c."startOn" <= $3::date AND c."endOn" >= $2::date))
GROUP BY 1, 2, 3, 4, 5
ORDER BY 1, 2 NULLS LAST, 3, 4, 5`;
