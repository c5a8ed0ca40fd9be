-- DROP_OFF_SQL
WITH contacts AS (
  SELECT pp."participantId" AS pid, f.date FROM plie_follow_ups f JOIN plie_paths pp ON pp.id = f."pathId"
  WHERE pp."structureId" = $1 AND (f.kind = 'INTERVIEW'
    OR (f.kind = 'REMINDER' AND f.answered IS TRUE)
    OR (f.kind = 'COLLECTIVE_MEETING' AND f.attended IS DISTINCT FROM FALSE))
  UNION ALL
  SELECT c."participantId", c.date FROM ml_contacts c WHERE c."structureId" = $1
), firsts AS (SELECT pid, min(date) AS first FROM contacts GROUP BY pid),
events AS (
  SELECT 'FIRST_CONTACTS' AS measure, pid, first AS day FROM firsts
  UNION ALL
  SELECT 'NEVER_SEEN_AGAIN', f.pid, f.first FROM firsts f
  WHERE f.first + $5::int <= $4::date AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.pid = f.pid AND c.date > f.first)
    AND NOT EXISTS (SELECT 1 FROM cej_contracts k WHERE k."participantId" = f.pid AND k."signedOn" IS NOT NULL AND k."startOn" >= f.first)
  UNION ALL
  SELECT 'RUPTURES', pp."participantId", pp."exitDate" FROM plie_paths pp
  WHERE pp."structureId" = $1 AND pp."exitReason" IN ('DROP_OUT', 'LOST_CONTACT')
  UNION ALL
  SELECT 'EXITS_WITHOUT_SOLUTION', pp."participantId", pp."exitDate" FROM plie_paths pp
  WHERE pp."structureId" = $1 AND pp."exitDate" IS NOT NULL AND pp."exitPositive" IS NOT TRUE
    AND pp."exitReason" NOT IN ('DROP_OUT', 'LOST_CONTACT', 'REORIENTED')
  UNION ALL
  SELECT 'RUPTURES', k."participantId", k."endedOn" FROM cej_contracts k
  WHERE k."structureId" = $1 AND k."exitReason" IN ('DROP_OUT', 'SANCTION')
  UNION ALL
  SELECT 'EXITS_WITHOUT_SOLUTION', k."participantId", k."endedOn" FROM cej_contracts k
  WHERE k."structureId" = $1 AND k."endedOn" IS NOT NULL AND k."exitPositive" IS NOT TRUE
    AND k."exitReason" NOT IN ('DROP_OUT', 'SANCTION', 'LASTING_JOB', 'QUALIFYING_TRAINING', 'OTHER_SOLUTION', 'MOVED')
), scoped AS (
  SELECT e.measure, to_char(e.day, 'YYYY-MM') AS month, coalesce(b.id::text, '') AS branch, coalesce(b.name, 'Sans antenne') AS "branchName",
    (CASE WHEN date_part('year', age(e.day, p."birthDate")) >= 55 THEN 'FROM_55' WHEN date_part('year', age(e.day, p."birthDate")) >= 45 THEN 'FROM_45_TO_54' WHEN date_part('year', age(e.day, p."birthDate")) >= 26 THEN 'FROM_26_TO_44' WHEN date_part('year', age(e.day, p."birthDate")) >= 18 THEN 'FROM_18_TO_25' WHEN date_part('year', age(e.day, p."birthDate")) >= 0 THEN 'UNDER_18' END) AS band, p.sex::text AS sex
  FROM events e JOIN participants p ON p.id = e.pid LEFT JOIN branches b ON b.id = p."branchId"
  WHERE p."structureId" = $1 AND e.day BETWEEN $2::date AND $3::date AND ($6::uuid IS NULL OR p."branchId" = $6::uuid)
)
SELECT measure, month, branch, "branchName", band, sex, count(*)::int AS n,
  CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN GROUPING(branch) = 0 THEN 'branch' WHEN GROUPING(band) = 0 THEN 'band' WHEN GROUPING(sex) = 0 THEN 'sex' ELSE 'total' END AS "groupedBy"
FROM scoped
GROUP BY GROUPING SETS ((measure, month), (measure, branch, "branchName"), (measure, band), (measure, sex), (measure));
