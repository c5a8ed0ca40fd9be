-- ATTENTION_SQL
WITH mine AS (
  SELECT c.id, c."startOn" AS start_on, c.status, coalesce(c."endedOn", c."endOn") AS last_day
  FROM cej_contracts c
  WHERE c."structureId" = $1 AND ($2::uuid IS NULL OR c."counsellorUserId" = $2::uuid)
    AND c.status IN ('ACTIVE', 'SUSPENDED')
), lw AS (
  SELECT m.id, coalesce(sum(a."plannedHours"), 0) AS planned, coalesce(sum(a."doneHours"), 0) AS done,
    coalesce(sum(a."plannedHours") FILTER (WHERE a.outcome <> 'PLANNED'), 0) AS recorded
  FROM mine m LEFT JOIN cej_actions a ON a."contractId" = m.id AND a.date BETWEEN $3::date AND $3::date + 6
  GROUP BY m.id
), cd AS (
  SELECT m.id,
    (SELECT count(DISTINCT a.date) FROM cej_actions a WHERE a."contractId" = m.id AND a.kind IN ('IMMERSION_DAY', 'JOB')
      AND a.outcome IN ('DONE', 'PARTLY_DONE') AND a.date <= ((m.start_on + interval '6 months')::date - 1)) AS days,
    (SELECT p.value FROM cej_parameters p WHERE p.key = 'COMPANY_DAYS_TARGET' AND p."validFrom" <= m.start_on ORDER BY p."validFrom" DESC LIMIT 1) AS target
  FROM mine m
), flags AS (
  SELECT m.id, lw.planned::float AS planned, lw.done::float AS done, cd.days::float AS "companyDays",
    CASE WHEN lw.recorded > 0 THEN round(lw.done / lw.recorded, 4)::float END AS rate,
    (m.status = 'ACTIVE' AND m.start_on <= $3::date AND m.last_day >= $3::date + 6
      AND lw.done < (SELECT p.value FROM cej_parameters p WHERE p.key = 'WEEKLY_HOURS_MIN' AND p."validFrom" <= $3::date ORDER BY p."validFrom" DESC LIMIT 1)) AS "lowIntensity",
    (m.status = 'ACTIVE' AND lw.recorded > 0
      AND round(lw.done / lw.recorded, 4) < (SELECT p.value FROM cej_parameters p WHERE p.key = 'ATTENDANCE_RATE_MIN' AND p."validFrom" <= $3::date ORDER BY p."validFrom" DESC LIMIT 1)) AS "lowAttendance",
    (m.status = 'ACTIVE' AND cd.target IS NOT NULL AND cd.days < cd.target
      AND $4::date - m.start_on >= 14
      AND (cd.days = 0 OR $4::date + ceil((cd.target - cd.days) * ($4::date - m.start_on + 1)::numeric / cd.days)::int > ((m.start_on + interval '6 months')::date - 1))) AS "companyDaysBehind",
    (
    (m.start_on + 14 < $4::date
      AND NOT EXISTS (SELECT 1 FROM cej_positionings p WHERE p."contractId" = m.id AND p.milestone = 'INITIAL'))
    OR (
      (m.start_on + interval '6 months')::date <= m.last_day + 1
      AND least((m.start_on + interval '6 months')::date, m.last_day) < $4::date
      AND NOT EXISTS (SELECT 1 FROM cej_positionings p WHERE p."contractId" = m.id AND p.milestone = 'SIX_MONTHS'))
    OR (
      (m.start_on + interval '12 months')::date <= m.last_day + 1
      AND least((m.start_on + interval '12 months')::date, m.last_day) < $4::date
      AND NOT EXISTS (SELECT 1 FROM cej_positionings p WHERE p."contractId" = m.id AND p.milestone = 'TWELVE_MONTHS'))
    OR EXISTS (SELECT 1 FROM cej_renewals r WHERE r."contractId" = m.id AND r."commissionOn" + 14 < $4::date
      AND NOT EXISTS (SELECT 1 FROM cej_positionings p WHERE p."renewalId" = r.id))) AS "positioningOverdue",
    EXISTS (SELECT 1 FROM cej_breaches b WHERE b."contractId" = m.id AND b.rank >= 3) AS "breachPending",
    EXISTS (SELECT 1 FROM cej_actions a WHERE a."contractId" = m.id AND a.outcome = 'NOT_DONE_UNEXCUSED' AND a."breachDismissedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM cej_breaches b WHERE b."actionId" = a.id)) AS "breachToReview"
  FROM mine m JOIN lw ON lw.id = m.id JOIN cd ON cd.id = m.id
), scored AS (
  SELECT f.*, (CASE WHEN f."breachPending" THEN 16 ELSE 0 END + CASE WHEN f."lowAttendance" THEN 8 ELSE 0 END + CASE WHEN f."lowIntensity" THEN 4 ELSE 0 END + CASE WHEN f."breachToReview" THEN 3 ELSE 0 END + CASE WHEN f."positioningOverdue" THEN 2 ELSE 0 END + CASE WHEN f."companyDaysBehind" THEN 1 ELSE 0 END) AS urgency
  FROM flags f
)
SELECT s.*, count(*) OVER ()::int AS total FROM scored s WHERE s.urgency > 0
ORDER BY s.urgency DESC, s.id
LIMIT $5 OFFSET $6;
