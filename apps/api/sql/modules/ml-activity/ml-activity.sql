-- ML_ACTIVITY_SQL
WITH events AS (
  SELECT 'YOUNG_PEOPLE_FOLLOWED' AS measure, c."participantId" AS pid, c.date AS day, c."branchId", NULL::text AS reason
  FROM ml_contacts c WHERE c."structureId" = $1
  UNION ALL
  SELECT 'FIRST_WELCOMES', c."participantId", c.date, c."branchId", NULL FROM ml_contacts c
  WHERE c."structureId" = $1 AND c.kind = 'FIRST_WELCOME'
  UNION ALL
  SELECT 'INTERVIEWS', c."participantId", c.date, c."branchId", NULL FROM ml_contacts c
  WHERE c."structureId" = $1 AND c.kind = 'INDIVIDUAL_INTERVIEW'
  UNION ALL
  SELECT 'CEJ_ENTRIES', k."participantId", k."startOn", k."branchId", NULL FROM cej_contracts k
  WHERE k."structureId" = $1 AND k."signedOn" IS NOT NULL
  UNION ALL
  SELECT 'CEJ_EXITS', k."participantId", k."endedOn", k."branchId", k."exitReason"::text FROM cej_contracts k
  WHERE k."structureId" = $1 AND k."endedOn" IS NOT NULL
), scoped AS (
  SELECT e.measure, e.pid, to_char(e.day, 'YYYY-MM') AS month, coalesce(b.id::text, '') AS branch,
    coalesce(b.name, 'Sans antenne') AS "branchName", e.reason
  FROM events e LEFT JOIN branches b ON b.id = e."branchId"
  WHERE e.day BETWEEN $2::date AND $3::date AND ($4::uuid IS NULL OR e."branchId" = $4::uuid)
)
SELECT measure, month, branch, "branchName", reason,
  (CASE WHEN measure = 'YOUNG_PEOPLE_FOLLOWED' THEN count(DISTINCT pid) ELSE count(*) END)::int AS n,
  CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN GROUPING(branch) = 0 THEN 'branch' WHEN GROUPING(reason) = 0 THEN 'reason' ELSE 'total' END AS "groupedBy"
FROM scoped
GROUP BY GROUPING SETS ((measure, month), (measure, branch, "branchName"), (measure, reason), (measure));
