import {
  CejContractStatus,
  INITIAL_POSITIONING_DAYS,
  PositioningMilestone,
  RENEWAL_POSITIONING_DAYS,
} from '@passerelle/domain';

const atMonths = (months: number, milestone: PositioningMilestone) =>
  `SELECT c.id, '${milestone}' AS milestone, NULL::uuid AS "renewalId",
          least((c.start_on + interval '${months} months')::date, c.last_day) AS due_on
     FROM c WHERE (c.start_on + interval '${months} months')::date <= c.last_day + 1`;

/**
 * Positioning sheets a running contract owes and has not recorded, due by $2 (today plus the notice days) — the SQL
 * twin of the domain's positioningSchedule: initial within 15 days, at 6 and 12 months (or the last day if the
 * contract ends before), and 15 days after each renewal's commission. $1 structure, $2 the last due day announced.
 */
export const POSITIONINGS_OWED_SQL = `
WITH c AS (
  SELECT c.id, c."startOn" AS start_on, coalesce(c."endedOn", c."endOn") AS last_day, c."counsellorUserId",
         p."firstName" || ' ' || p."lastName" AS name
    FROM cej_contracts c JOIN participants p ON p.id = c."participantId"
   WHERE c."structureId" = $1 AND c.status IN ('${CejContractStatus.ACTIVE}', '${CejContractStatus.SUSPENDED}')
), due AS (
  SELECT c.id, '${PositioningMilestone.INITIAL}' AS milestone, NULL::uuid AS "renewalId",
         c.start_on + ${INITIAL_POSITIONING_DAYS - 1} AS due_on FROM c
  UNION ALL ${atMonths(6, PositioningMilestone.SIX_MONTHS)}
  UNION ALL ${atMonths(12, PositioningMilestone.TWELVE_MONTHS)}
  UNION ALL SELECT c.id, '${PositioningMilestone.RENEWAL}', r.id, r."commissionOn" + ${RENEWAL_POSITIONING_DAYS - 1}
     FROM c JOIN cej_renewals r ON r."contractId" = c.id
)
SELECT d.id AS "contractId", d.milestone, d."renewalId", d.due_on::text AS "dueOn", c.name,
       c."counsellorUserId" AS "counsellorUserId"
  FROM due d JOIN c ON c.id = d.id
 WHERE d.due_on <= $2::date
   AND NOT EXISTS (SELECT 1 FROM cej_positionings p WHERE p."contractId" = d.id AND p.milestone::text = d.milestone
         AND (d."renewalId" IS NULL OR p."renewalId" = d."renewalId"))
 ORDER BY d.due_on, d.id`;
