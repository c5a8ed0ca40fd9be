-- DIGITAL_MONTHLY_ROWS_SQL
WITH b AS (SELECT $2::date AS m0, (($2::date + interval '1 month')::date - 1) AS m1),
running AS (
  SELECT c.* FROM cej_contracts c, b
  WHERE c."structureId" = $1 AND c.status <> 'DRAFT' AND c."startOn" <= b.m1 AND coalesce(c."endedOn", c."endOn") >= b.m0
    AND ($3::uuid IS NULL OR c."branchId" = $3::uuid) AND ($4::uuid[] IS NULL OR c.id = ANY($4::uuid[]))
)
SELECT c.id AS "contractId", p."lastName", p."firstName", br.name AS "branchName",
  c."startOn"::text AS "startOn", coalesce(c."endedOn", c."endOn")::text AS "endOn",
  pix.date::text AS "lastPixOn", pix.total AS "lastPixTotal",
  (SELECT count(*) FROM cej_digital_plan_items i WHERE i."contractId" = c.id)::int AS "planItems",
  (SELECT count(*) FROM cej_digital_plan_items i WHERE i."contractId" = c.id AND i.status = 'ACHIEVED')::int AS "planItemsAchieved",
  coalesce(ws.enrolments, 0) AS "enrolmentsInMonth", coalesce(ws.attended, 0) AS "attendancesInMonth",
  coalesce(ws.hours, 0)::float AS "attendedHoursInMonth",
  (SELECT count(*) FROM cej_digital_certifications x, b WHERE x."contractId" = c.id AND x."obtainedOn" BETWEEN b.m0 AND b.m1)::int AS "certificationsInMonth"
FROM running c
CROSS JOIN b
JOIN participants p ON p.id = c."participantId"
LEFT JOIN branches br ON br.id = c."branchId"
LEFT JOIN LATERAL (
  SELECT d.date, (SELECT coalesce(sum(s.pix), 0) FROM cej_pix_scores s WHERE s."diagnosticId" = d.id)::int AS total
  FROM cej_pix_diagnostics d WHERE d."contractId" = c.id AND d.date <= b.m1 ORDER BY d.date DESC, d."createdAt" DESC LIMIT 1
) pix ON true
LEFT JOIN LATERAL (
  SELECT count(*)::int AS enrolments,
    count(*) FILTER (WHERE e.attendance = 'ATTENDED')::int AS attended,
    sum(w.hours) FILTER (WHERE e.attendance = 'ATTENDED') AS hours
  FROM cej_digital_enrolments e JOIN cej_digital_workshops w ON w.id = e."workshopId"
  WHERE e."contractId" = c.id AND w.date BETWEEN b.m0 AND b.m1 AND ($5::uuid IS NULL OR w."lotId" = $5::uuid)
) ws ON true
ORDER BY p."lastName", p."firstName", c.id;

-- MONTHLY_RETURN_FIGURES_SQL
WITH k AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[]) AS k("lotId", "contractId", month))
SELECT k."lotId", k."contractId", k.month::text AS month,
  ws.sessions + dw.workshops AS "workshops",
  ws.attended + dw.attended AS "attended",
  ws.excused + dw.excused AS "excusedAbsences",
  ws.unexcused + dw.unexcused AS "unexcusedAbsences",
  (ws."plannedHours" + dw."plannedHours")::float AS "plannedHours",
  (ws."doneHours" + dw."doneHours")::float AS "doneHours",
  (SELECT count(*) FROM cej_pix_diagnostics d
    WHERE d."contractId" = k."contractId" AND d.date >= k.month AND d.date < k.month + interval '1 month')::int AS "pixDiagnostics",
  (SELECT count(*) FROM cej_digital_certifications x
    WHERE x."contractId" = k."contractId" AND x."obtainedOn" >= k.month AND x."obtainedOn" < k.month + interval '1 month')::int AS "certifications"
FROM k
CROSS JOIN LATERAL (
  SELECT count(*)::int AS sessions,
    count(*) FILTER (WHERE a.outcome IN ('DONE', 'PARTLY_DONE'))::int AS attended,
    count(*) FILTER (WHERE a.outcome = 'NOT_DONE_EXCUSED')::int AS excused,
    count(*) FILTER (WHERE a.outcome = 'NOT_DONE_UNEXCUSED')::int AS unexcused,
    coalesce(sum(a."plannedHours"), 0) AS "plannedHours",
    coalesce(sum(a."doneHours"), 0) AS "doneHours"
  FROM cej_actions a JOIN cej_cohort_sessions s ON s.id = a."cohortSessionId"
  WHERE a."contractId" = k."contractId" AND s."lotId" = k."lotId"
    AND a.date >= k.month AND a.date < k.month + interval '1 month'
) ws
CROSS JOIN LATERAL (
  SELECT count(*)::int AS workshops,
    count(*) FILTER (WHERE e.attendance = 'ATTENDED')::int AS attended,
    count(*) FILTER (WHERE e.attendance = 'ABSENT_EXCUSED')::int AS excused,
    count(*) FILTER (WHERE e.attendance = 'ABSENT_UNEXCUSED')::int AS unexcused,
    coalesce(sum(w.hours), 0) AS "plannedHours",
    coalesce(sum(w.hours) FILTER (WHERE e.attendance = 'ATTENDED'), 0) AS "doneHours"
  FROM cej_digital_enrolments e JOIN cej_digital_workshops w ON w.id = e."workshopId"
  WHERE e."contractId" = k."contractId" AND w."lotId" = k."lotId"
    AND w.date >= k.month AND w.date < k.month + interval '1 month'
) dw;

-- RECEIVED_CONTRACTS_SQL
WITH l AS (
  SELECT id, "structureId" FROM lots
  WHERE "awardedStructureId" = $1 AND "conventionSignedOn" IS NOT NULL AND ($2::uuid IS NULL OR id = $2::uuid)
)
SELECT DISTINCT c.id AS "contractId", l.id AS "lotId"
FROM l JOIN cej_contracts c ON c."structureId" = l."structureId"
WHERE c.status <> 'DRAFT' AND ($3::uuid IS NULL OR c.id = $3::uuid)
  AND (c."digitalLotId" = l.id
    OR c."cohortId" IN (SELECT s."cohortId" FROM cej_cohort_sessions s WHERE s."lotId" = l.id)
    OR c.id IN (SELECT e."contractId" FROM cej_digital_enrolments e JOIN cej_digital_workshops w ON w.id = e."workshopId" WHERE w."lotId" = l.id));

-- RECEIVED_YOUNG_PEOPLE_SQL
WITH r AS (
WITH l AS (
  SELECT id, "structureId" FROM lots
  WHERE "awardedStructureId" = $1 AND "conventionSignedOn" IS NOT NULL AND ($2::uuid IS NULL OR id = $2::uuid)
)
SELECT DISTINCT c.id AS "contractId", l.id AS "lotId"
FROM l JOIN cej_contracts c ON c."structureId" = l."structureId"
WHERE c.status <> 'DRAFT' AND (true)
  AND (c."digitalLotId" = l.id
    OR c."cohortId" IN (SELECT s."cohortId" FROM cej_cohort_sessions s WHERE s."lotId" = l.id)
    OR c.id IN (SELECT e."contractId" FROM cej_digital_enrolments e JOIN cej_digital_workshops w ON w.id = e."workshopId" WHERE w."lotId" = l.id)))
SELECT r."contractId", r."lotId", lot.title AS "lotTitle", op.name AS "operatorName",
  p."firstName", p."lastName", c."startOn"::text AS "startOn", coalesce(c."endedOn", c."endOn")::text AS "endOn",
  c.status, k.name AS "cohortName", c."digitalLotId" IS NOT DISTINCT FROM r."lotId" AS "digitalPath"
FROM r
JOIN cej_contracts c ON c.id = r."contractId"
JOIN participants p ON p.id = c."participantId"
JOIN lots lot ON lot.id = r."lotId"
JOIN structures op ON op.id = lot."structureId"
LEFT JOIN cej_cohorts k ON k.id = c."cohortId"
ORDER BY p."lastName", p."firstName", c.id, r."lotId";
