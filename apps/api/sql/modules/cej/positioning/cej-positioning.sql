-- POSITIONINGS_OWED_SQL
WITH c AS (
  SELECT c.id, c."startOn" AS start_on, coalesce(c."endedOn", c."endOn") AS last_day, c."counsellorUserId",
         p."firstName" || ' ' || p."lastName" AS name
    FROM cej_contracts c JOIN participants p ON p.id = c."participantId"
   WHERE c."structureId" = $1 AND c.status IN ('ACTIVE', 'SUSPENDED')
), due AS (
  SELECT c.id, 'INITIAL' AS milestone, NULL::uuid AS "renewalId",
         c.start_on + 14 AS due_on FROM c
  UNION ALL SELECT c.id, 'SIX_MONTHS' AS milestone, NULL::uuid AS "renewalId",
          least((c.start_on + interval '6 months')::date, c.last_day) AS due_on
     FROM c WHERE (c.start_on + interval '6 months')::date <= c.last_day + 1
  UNION ALL SELECT c.id, 'TWELVE_MONTHS' AS milestone, NULL::uuid AS "renewalId",
          least((c.start_on + interval '12 months')::date, c.last_day) AS due_on
     FROM c WHERE (c.start_on + interval '12 months')::date <= c.last_day + 1
  UNION ALL SELECT c.id, 'RENEWAL', r.id, r."commissionOn" + 14
     FROM c JOIN cej_renewals r ON r."contractId" = c.id
)
SELECT d.id AS "contractId", d.milestone, d."renewalId", d.due_on::text AS "dueOn", c.name,
       c."counsellorUserId" AS "counsellorUserId"
  FROM due d JOIN c ON c.id = d.id
 WHERE d.due_on <= $2::date
   AND NOT EXISTS (SELECT 1 FROM cej_positionings p WHERE p."contractId" = d.id AND p.milestone::text = d.milestone
         AND (d."renewalId" IS NULL OR p."renewalId" = d."renewalId"))
 ORDER BY d.due_on, d.id;
