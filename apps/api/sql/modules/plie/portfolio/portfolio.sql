-- PORTFOLIO_SQL
WITH mine AS (
  SELECT pp.id, pp.status, pp."followUpEndsOn", pp."orientedOn", pp."admittedOn"
  FROM plie_paths pp JOIN participants p ON p.id = pp."participantId"
  WHERE p."referentUserId" = $1 AND pp."structureId" = $2
    AND (pp.status IN ('PROPOSED', 'AWAITING_COMMITTEE', 'ACTIVE', 'IN_JOB_FOLLOW_UP')
      OR (pp.status = 'EXITED' AND coalesce(cardinality(pp."fseExitResults"), 0) = 0))
), flags AS (
  SELECT m.id, lc.last_contact::text AS "lastContactOn",
    (m.status = 'IN_JOB_FOLLOW_UP' AND m."followUpEndsOn" < $3::date) OR m.status = 'EXITED' AS "exitSheetOwed",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND ur.n >= 2) AS "withoutContact",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND coalesce(lc.last_contact, m."admittedOn", m."orientedOn") < $4::date) AS "noRecentContact",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND EXISTS (
      SELECT 1 FROM plie_steps s WHERE s."pathId" = m.id AND s.outcome IN ('PLANNED', 'IN_PROGRESS')
        AND coalesce(s."actualEnd", s."plannedEnd") BETWEEN $3::date AND $5::date)) AS "stepEndingSoon",
    m.status IN ('PROPOSED', 'AWAITING_COMMITTEE') AS "committeePending"
  FROM mine m
  LEFT JOIN LATERAL (
    SELECT max(f.date) AS last_contact FROM plie_follow_ups f
    WHERE f."pathId" = m.id AND (f.kind = 'INTERVIEW'
      OR (f.kind = 'REMINDER' AND f.answered IS TRUE)
      OR (f.kind = 'COLLECTIVE_MEETING' AND f.attended IS DISTINCT FROM FALSE))
  ) lc ON TRUE
  LEFT JOIN LATERAL (
    SELECT count(*) AS n FROM plie_follow_ups r
    WHERE r."pathId" = m.id AND r.kind = 'REMINDER' AND r.answered IS NOT TRUE AND (lc.last_contact IS NULL OR r.date > lc.last_contact)
  ) ur ON TRUE
), scored AS (
  SELECT f.*, (CASE WHEN f."exitSheetOwed" THEN 16 ELSE 0 END + CASE WHEN f."withoutContact" THEN 8 ELSE 0 END + CASE WHEN f."noRecentContact" THEN 4 ELSE 0 END + CASE WHEN f."stepEndingSoon" THEN 2 ELSE 0 END + CASE WHEN f."committeePending" THEN 1 ELSE 0 END) AS urgency
  FROM flags f
)
SELECT s.*, count(*) OVER ()::int AS total FROM scored s
ORDER BY s.urgency DESC, s."lastContactOn" ASC NULLS FIRST, s.id
LIMIT $6 OFFSET $7;

-- PORTFOLIO_TOTAL_SQL
WITH mine AS (
  SELECT pp.id, pp.status, pp."followUpEndsOn", pp."orientedOn", pp."admittedOn"
  FROM plie_paths pp JOIN participants p ON p.id = pp."participantId"
  WHERE p."referentUserId" = $1 AND pp."structureId" = $2
    AND (pp.status IN ('PROPOSED', 'AWAITING_COMMITTEE', 'ACTIVE', 'IN_JOB_FOLLOW_UP')
      OR (pp.status = 'EXITED' AND coalesce(cardinality(pp."fseExitResults"), 0) = 0))
), flags AS (
  SELECT m.id, lc.last_contact::text AS "lastContactOn",
    (m.status = 'IN_JOB_FOLLOW_UP' AND m."followUpEndsOn" < $3::date) OR m.status = 'EXITED' AS "exitSheetOwed",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND ur.n >= 2) AS "withoutContact",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND coalesce(lc.last_contact, m."admittedOn", m."orientedOn") < $4::date) AS "noRecentContact",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND EXISTS (
      SELECT 1 FROM plie_steps s WHERE s."pathId" = m.id AND s.outcome IN ('PLANNED', 'IN_PROGRESS')
        AND coalesce(s."actualEnd", s."plannedEnd") BETWEEN $3::date AND $5::date)) AS "stepEndingSoon",
    m.status IN ('PROPOSED', 'AWAITING_COMMITTEE') AS "committeePending"
  FROM mine m
  LEFT JOIN LATERAL (
    SELECT max(f.date) AS last_contact FROM plie_follow_ups f
    WHERE f."pathId" = m.id AND (f.kind = 'INTERVIEW'
      OR (f.kind = 'REMINDER' AND f.answered IS TRUE)
      OR (f.kind = 'COLLECTIVE_MEETING' AND f.attended IS DISTINCT FROM FALSE))
  ) lc ON TRUE
  LEFT JOIN LATERAL (
    SELECT count(*) AS n FROM plie_follow_ups r
    WHERE r."pathId" = m.id AND r.kind = 'REMINDER' AND r.answered IS NOT TRUE AND (lc.last_contact IS NULL OR r.date > lc.last_contact)
  ) ur ON TRUE
), scored AS (
  SELECT f.*, (CASE WHEN f."exitSheetOwed" THEN 16 ELSE 0 END + CASE WHEN f."withoutContact" THEN 8 ELSE 0 END + CASE WHEN f."noRecentContact" THEN 4 ELSE 0 END + CASE WHEN f."stepEndingSoon" THEN 2 ELSE 0 END + CASE WHEN f."committeePending" THEN 1 ELSE 0 END) AS urgency
  FROM flags f
)
SELECT s.*, count(*) OVER ()::int AS total FROM scored s
ORDER BY s.urgency DESC, s."lastContactOn" ASC NULLS FIRST, s.id
LIMIT 1;

-- PROVIDER_PORTFOLIO_SQL
WITH mine AS (
  SELECT pp.id, pp.status, pp."followUpEndsOn", pp."orientedOn", pp."admittedOn"
  FROM plie_paths pp
  WHERE $1::uuid IS NOT NULL AND (pp."status" IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND EXISTS (
    SELECT 1 FROM orientations po JOIN lots pl ON pl.id = po."lotId"
    WHERE po."participantId" = pp."participantId" AND po."structureId" = pp."structureId"
      AND po."providerStructureId" = $2::uuid AND po.status IN ('PENDING_ENTRY', 'ENTERED')
      AND pl."awardedStructureId" = $2::uuid AND pl."conventionSignedOn" IS NOT NULL AND pl."endsOn" >= $3::date))
), flags AS (
  SELECT m.id, lc.last_contact::text AS "lastContactOn",
    (m.status = 'IN_JOB_FOLLOW_UP' AND m."followUpEndsOn" < $3::date) OR m.status = 'EXITED' AS "exitSheetOwed",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND ur.n >= 2) AS "withoutContact",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND coalesce(lc.last_contact, m."admittedOn", m."orientedOn") < $4::date) AS "noRecentContact",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND EXISTS (
      SELECT 1 FROM plie_steps s WHERE s."pathId" = m.id AND s.outcome IN ('PLANNED', 'IN_PROGRESS')
        AND coalesce(s."actualEnd", s."plannedEnd") BETWEEN $3::date AND $5::date)) AS "stepEndingSoon",
    m.status IN ('PROPOSED', 'AWAITING_COMMITTEE') AS "committeePending"
  FROM mine m
  LEFT JOIN LATERAL (
    SELECT max(f.date) AS last_contact FROM plie_follow_ups f
    WHERE f."pathId" = m.id AND (f.kind = 'INTERVIEW'
      OR (f.kind = 'REMINDER' AND f.answered IS TRUE)
      OR (f.kind = 'COLLECTIVE_MEETING' AND f.attended IS DISTINCT FROM FALSE))
  ) lc ON TRUE
  LEFT JOIN LATERAL (
    SELECT count(*) AS n FROM plie_follow_ups r
    WHERE r."pathId" = m.id AND r.kind = 'REMINDER' AND r.answered IS NOT TRUE AND (lc.last_contact IS NULL OR r.date > lc.last_contact)
  ) ur ON TRUE
), scored AS (
  SELECT f.*, (CASE WHEN f."exitSheetOwed" THEN 16 ELSE 0 END + CASE WHEN f."withoutContact" THEN 8 ELSE 0 END + CASE WHEN f."noRecentContact" THEN 4 ELSE 0 END + CASE WHEN f."stepEndingSoon" THEN 2 ELSE 0 END + CASE WHEN f."committeePending" THEN 1 ELSE 0 END) AS urgency
  FROM flags f
)
SELECT s.*, count(*) OVER ()::int AS total FROM scored s
ORDER BY s.urgency DESC, s."lastContactOn" ASC NULLS FIRST, s.id
LIMIT $6 OFFSET $7;

-- PROVIDER_PORTFOLIO_TOTAL_SQL
WITH mine AS (
  SELECT pp.id, pp.status, pp."followUpEndsOn", pp."orientedOn", pp."admittedOn"
  FROM plie_paths pp
  WHERE $1::uuid IS NOT NULL AND (pp."status" IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND EXISTS (
    SELECT 1 FROM orientations po JOIN lots pl ON pl.id = po."lotId"
    WHERE po."participantId" = pp."participantId" AND po."structureId" = pp."structureId"
      AND po."providerStructureId" = $2::uuid AND po.status IN ('PENDING_ENTRY', 'ENTERED')
      AND pl."awardedStructureId" = $2::uuid AND pl."conventionSignedOn" IS NOT NULL AND pl."endsOn" >= $3::date))
), flags AS (
  SELECT m.id, lc.last_contact::text AS "lastContactOn",
    (m.status = 'IN_JOB_FOLLOW_UP' AND m."followUpEndsOn" < $3::date) OR m.status = 'EXITED' AS "exitSheetOwed",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND ur.n >= 2) AS "withoutContact",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND coalesce(lc.last_contact, m."admittedOn", m."orientedOn") < $4::date) AS "noRecentContact",
    (m.status IN ('ACTIVE', 'IN_JOB_FOLLOW_UP') AND EXISTS (
      SELECT 1 FROM plie_steps s WHERE s."pathId" = m.id AND s.outcome IN ('PLANNED', 'IN_PROGRESS')
        AND coalesce(s."actualEnd", s."plannedEnd") BETWEEN $3::date AND $5::date)) AS "stepEndingSoon",
    m.status IN ('PROPOSED', 'AWAITING_COMMITTEE') AS "committeePending"
  FROM mine m
  LEFT JOIN LATERAL (
    SELECT max(f.date) AS last_contact FROM plie_follow_ups f
    WHERE f."pathId" = m.id AND (f.kind = 'INTERVIEW'
      OR (f.kind = 'REMINDER' AND f.answered IS TRUE)
      OR (f.kind = 'COLLECTIVE_MEETING' AND f.attended IS DISTINCT FROM FALSE))
  ) lc ON TRUE
  LEFT JOIN LATERAL (
    SELECT count(*) AS n FROM plie_follow_ups r
    WHERE r."pathId" = m.id AND r.kind = 'REMINDER' AND r.answered IS NOT TRUE AND (lc.last_contact IS NULL OR r.date > lc.last_contact)
  ) ur ON TRUE
), scored AS (
  SELECT f.*, (CASE WHEN f."exitSheetOwed" THEN 16 ELSE 0 END + CASE WHEN f."withoutContact" THEN 8 ELSE 0 END + CASE WHEN f."noRecentContact" THEN 4 ELSE 0 END + CASE WHEN f."stepEndingSoon" THEN 2 ELSE 0 END + CASE WHEN f."committeePending" THEN 1 ELSE 0 END) AS urgency
  FROM flags f
)
SELECT s.*, count(*) OVER ()::int AS total FROM scored s
ORDER BY s.urgency DESC, s."lastContactOn" ASC NULLS FIRST, s.id
LIMIT 1;
