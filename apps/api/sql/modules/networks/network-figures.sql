-- NETWORK_FIGURES_SQL
WITH contacts AS (
  SELECT pp."participantId" AS pid, f.date FROM plie_follow_ups f JOIN plie_paths pp ON pp.id = f."pathId"
  WHERE pp."structureId" = ANY($1::uuid[]) AND (f.kind = 'INTERVIEW'
    OR (f.kind = 'REMINDER' AND f.answered IS TRUE)
    OR (f.kind = 'COLLECTIVE_MEETING' AND f.attended IS DISTINCT FROM FALSE))
  UNION ALL
  SELECT c."participantId", c.date FROM ml_contacts c WHERE c."structureId" = ANY($1::uuid[])
), firsts AS (SELECT pid, min(date) AS first FROM contacts GROUP BY pid),
events AS (
  SELECT 'FIRST_CONTACTS' AS measure, pid, first AS day FROM firsts
  UNION ALL
  SELECT 'NEVER_SEEN_AGAIN', f.pid, f.first FROM firsts f
  WHERE f.first + $5::int <= $4::date AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.pid = f.pid AND c.date > f.first)
    AND NOT EXISTS (SELECT 1 FROM cej_contracts k WHERE k."participantId" = f.pid AND k."signedOn" IS NOT NULL AND k."startOn" >= f.first)
  UNION ALL
  SELECT 'RUPTURES', pp."participantId", pp."exitDate" FROM plie_paths pp
  WHERE pp."structureId" = ANY($1::uuid[]) AND pp."exitReason" IN ('DROP_OUT', 'LOST_CONTACT')
  UNION ALL
  SELECT 'EXITS_WITHOUT_SOLUTION', pp."participantId", pp."exitDate" FROM plie_paths pp
  WHERE pp."structureId" = ANY($1::uuid[]) AND pp."exitDate" IS NOT NULL AND pp."exitPositive" IS NOT TRUE
    AND pp."exitReason" NOT IN ('DROP_OUT', 'LOST_CONTACT', 'REORIENTED')
  UNION ALL
  SELECT 'RUPTURES', k."participantId", k."endedOn" FROM cej_contracts k
  WHERE k."structureId" = ANY($1::uuid[]) AND k."exitReason" IN ('DROP_OUT', 'SANCTION')
  UNION ALL
  SELECT 'EXITS_WITHOUT_SOLUTION', k."participantId", k."endedOn" FROM cej_contracts k
  WHERE k."structureId" = ANY($1::uuid[]) AND k."endedOn" IS NOT NULL AND k."exitPositive" IS NOT TRUE
    AND k."exitReason" NOT IN ('DROP_OUT', 'SANCTION', 'LASTING_JOB', 'QUALIFYING_TRAINING', 'OTHER_SOLUTION', 'MOVED')
)
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
WHERE pp."structureId" = ANY($1::uuid[]) AND f.kind = 'INTERVIEW' AND f.date BETWEEN $2::date AND $3::date
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
WHERE r."periodEnd" BETWEEN $2::date AND $3::date GROUP BY 1, 3;

-- NETWORK_STATISTICS_SQL
SELECT s.name AS "member", (CASE WHEN p."communeCode" ~ '^([0-9]{5}|2[AB][0-9]{3})$' THEN CASE WHEN left(p."communeCode", 2) = '97' THEN left(p."communeCode", 3) ELSE left(p."communeCode", 2) END END) AS department,
  (CASE WHEN date_part('year', age($3::date, p."birthDate")) >= 55 THEN 'FROM_55' WHEN date_part('year', age($3::date, p."birthDate")) >= 45 THEN 'FROM_45_TO_54' WHEN date_part('year', age($3::date, p."birthDate")) >= 26 THEN 'FROM_26_TO_44' WHEN date_part('year', age($3::date, p."birthDate")) >= 18 THEN 'FROM_18_TO_25' WHEN date_part('year', age($3::date, p."birthDate")) >= 0 THEN 'UNDER_18' END) AS band, p.sex::text AS sex, p.programme::text AS programme, count(*)::int AS n
FROM participants p JOIN structures s ON s.id = p."structureId"
WHERE p."structureId" = ANY($1::uuid[]) AND (
  EXISTS (SELECT 1 FROM plie_paths pp WHERE pp."participantId" = p.id AND pp."admittedOn" <= $3::date
    AND (pp."exitDate" IS NULL OR pp."exitDate" >= $2::date))
  OR EXISTS (SELECT 1 FROM cej_contracts c WHERE c."participantId" = p.id AND c.status <> 'DRAFT'
    AND c."startOn" <= $3::date AND c."endOn" >= $2::date))
GROUP BY 1, 2, 3, 4, 5
ORDER BY 1, 2 NULLS LAST, 3, 4, 5;
