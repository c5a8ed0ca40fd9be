-- LOT_ACTIVITY_SQL
WITH followed AS (
  SELECT o.* FROM orientations o
   WHERE o."lotId" = $1 AND o."orientedOn" <= $3::date AND o.status <> 'NOT_ENTERED'
     AND (o."exitOn" IS NULL OR o."exitOn" >= $2::date)
), interviews AS (
  SELECT count(*)::int AS n FROM activity_interviews i WHERE i."lotId" = $1 AND i.date BETWEEN $2::date AND $3::date
), workshops AS (
  SELECT count(*)::int AS n, COALESCE(sum(p.n), 0)::int AS attendances FROM activity_sessions s
    JOIN LATERAL (SELECT count(*) AS n FROM session_enrolments e WHERE e."sessionId" = s.id AND e.attendance = 'PRESENT') p ON p.n > 0
   WHERE s."lotId" = $1 AND s.date BETWEEN $2::date AND $3::date
)
SELECT (SELECT count(*) FROM orientations o WHERE o."lotId" = $1 AND o."orientedOn" BETWEEN $2::date AND $3::date)::int AS oriented,
       (SELECT count(DISTINCT "participantId") FROM followed)::int AS followed,
       (SELECT count(*) FROM followed WHERE "exitOn" BETWEEN $2::date AND $3::date)::int AS exits,
       interviews.n AS interviews, workshops.n AS workshops,
       round((interviews.n + workshops.attendances)::numeric / nullif((SELECT count(DISTINCT "participantId") FROM followed), 0), 2)::float8 AS "perParticipant"
  FROM interviews, workshops;

-- LOT_ENTRIES_SQL
SELECT count(*) FILTER (WHERE o."orientedOn" BETWEEN $2::date AND $3::date)::int AS oriented,
       count(*) FILTER (WHERE o."startedOn" BETWEEN $2::date AND $3::date)::int AS entries,
       count(*) FILTER (WHERE o.status = 'NOT_ENTERED' AND o."orientedOn" BETWEEN $2::date AND $3::date)::int AS "notEntered",
       count(*) FILTER (WHERE o."startedOn" <= $3::date AND (o."exitOn" IS NULL OR o."exitOn" > $3::date))::int AS "activeAtEnd"
  FROM orientations o WHERE o."lotId" = $1;

-- LOT_EXITS_SQL
WITH reasons AS (
  SELECT r.reason AS key, r.ord, count(o.id)::int AS n
    FROM unnest($4::text[]) WITH ORDINALITY AS r(reason, ord)
    LEFT JOIN orientations o ON o."lotId" = $1 AND o."exitReason"::text = r.reason AND o."exitOn" BETWEEN $2::date AND $3::date
   GROUP BY r.reason, r.ord
)
SELECT key, n FROM (
  SELECT key, ord, n FROM reasons
  UNION ALL SELECT 'ruptures', 1000, coalesce(sum(n) FILTER (WHERE key IN ('PARTICIPANT_REQUEST', 'LOST_CONTACT')), 0)::int FROM reasons
  UNION ALL SELECT 'others', 1001, coalesce(sum(n) FILTER (WHERE key NOT IN ('PARTICIPANT_REQUEST', 'LOST_CONTACT')), 0)::int FROM reasons
  UNION ALL SELECT 'total', 1002, coalesce(sum(n), 0)::int FROM reasons
) rows ORDER BY ord;

-- LOT_FOLLOWED
followed AS (
  SELECT o.* FROM orientations o
   WHERE o."lotId" = $1 AND o."orientedOn" <= $3::date AND o.status <> 'NOT_ENTERED'
     AND (o."exitOn" IS NULL OR o."exitOn" >= $2::date)
);

-- LOT_HOURS_SQL
WITH kinds AS (
  SELECT k.key, k.ord, count(t.id)::numeric AS n, coalesce(sum(t.minutes), 0)::numeric AS minutes
    FROM unnest($4::text[]) WITH ORDINALITY AS k(key, ord)
    LEFT JOIN time_entries t ON t."lotId" = $1 AND t.kind::text = k.key AND t.date BETWEEN $2::date AND $3::date
   GROUP BY k.key, k.ord
)
SELECT key, n::int AS n, round(minutes / 60.0, 2)::float8 AS hours FROM (
  SELECT key, ord, n, minutes FROM kinds
  UNION ALL SELECT 'time-total', 1000, sum(n), sum(minutes) FROM kinds
  UNION ALL SELECT 'interviews', 1001, count(*), coalesce(sum(i."durationMinutes"), 0)
    FROM activity_interviews i WHERE i."lotId" = $1 AND i.date BETWEEN $2::date AND $3::date
  UNION ALL SELECT 'sessions', 1002, count(*), coalesce(sum(s."durationMinutes"), 0)
    FROM activity_sessions s WHERE s."lotId" = $1 AND s.date BETWEEN $2::date AND $3::date
     AND EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e.attendance = 'PRESENT')
  UNION ALL SELECT 'immersions', 1003, count(*), coalesce(sum(m.hours) * 60, 0)
    FROM immersions m WHERE m."lotId" = $1 AND m."startsOn" BETWEEN $2::date AND $3::date
) rows ORDER BY ord;

-- LOT_MEMBERS
WITH followed AS (
  SELECT o.* FROM orientations o
   WHERE o."lotId" = $1 AND o."orientedOn" <= $3::date AND o.status <> 'NOT_ENTERED'
     AND (o."exitOn" IS NULL OR o."exitOn" >= $2::date)
), members AS (
  SELECT "participantId", coalesce("startedOn", "orientedOn") AS entered FROM followed
);

-- LOT_NO_CONTACT_SQL
WITH present AS (
  SELECT o.id FROM orientations o
   WHERE o."lotId" = $1 AND o."startedOn" <= $3::date AND (o."exitOn" IS NULL OR o."exitOn" >= $2::date)
), contacts AS (
  SELECT p.id,
    (EXISTS (SELECT 1 FROM activity_interviews i WHERE i."orientationId" = p.id AND i.date BETWEEN $2::date AND $3::date)
      OR EXISTS (SELECT 1 FROM session_enrolments e JOIN activity_sessions s ON s.id = e."sessionId"
                  WHERE e."orientationId" = p.id AND e.attendance = 'PRESENT' AND s.date BETWEEN $2::date AND $3::date)
      OR EXISTS (SELECT 1 FROM action_reminders r WHERE r."orientationId" = p.id AND r.answered AND r.date BETWEEN $2::date AND $3::date)
      OR EXISTS (SELECT 1 FROM time_entry_participants tp JOIN time_entries t ON t.id = tp."timeEntryId"
                  WHERE tp."orientationId" = p.id AND t.kind = 'FACE_TO_FACE' AND t.date BETWEEN $2::date AND $3::date)
    ) AS contacted,
    EXISTS (SELECT 1 FROM action_reminders r WHERE r."orientationId" = p.id AND NOT r.answered AND r.date BETWEEN $2::date AND $3::date) AS reminded
  FROM present p
)
SELECT count(*)::int AS present,
       count(*) FILTER (WHERE NOT contacted)::int AS "withoutContact",
       count(*) FILTER (WHERE NOT contacted AND reminded)::int AS "withoutContactReminded",
       (SELECT count(*) FROM exit_proposals x JOIN orientations o ON o.id = x."orientationId"
         WHERE o."lotId" = $1 AND x."raisedOn" BETWEEN $2::date AND $3::date)::int AS "exitProposals"
  FROM contacts;

-- LOT_PROSPECTIONS_SQL
WITH contacts AS (
  SELECT p.* FROM lot_prospections p WHERE p."lotId" = $1 AND p.date BETWEEN $2::date AND $3::date
), latest AS (
  SELECT DISTINCT ON (lower(trim(c."organisationName"))) c.outcome::text AS outcome, c."organisationKind"::text AS kind
    FROM contacts c ORDER BY lower(trim(c."organisationName")), c.date DESC, c."createdAt" DESC
)
SELECT key, n FROM (
  SELECT 'total' AS key, 0 AS ord, (SELECT count(*) FROM latest)::int AS n
  UNION ALL SELECT k.key, k.ord, count(l.outcome)::int
    FROM unnest($4::text[]) WITH ORDINALITY AS k(key, ord)
    LEFT JOIN latest l ON k.key IN ('outcome:' || l.outcome, 'kind:' || l.kind)
   GROUP BY k.key, k.ord
  UNION ALL SELECT 'contacts', 1000, (SELECT count(*) FROM contacts)::int
) rows ORDER BY ord;

-- LOT_STEPS_SQL
WITH followed AS (
  SELECT o.* FROM orientations o
   WHERE o."lotId" = $1 AND o."orientedOn" <= $3::date AND o.status <> 'NOT_ENTERED'
     AND (o."exitOn" IS NULL OR o."exitOn" >= $2::date)
), people AS (SELECT DISTINCT "participantId" FROM followed),
used AS (
  SELECT s.id, s.kind::text AS kind, pp."participantId"
    FROM people pe
    JOIN plie_paths pp ON pp."participantId" = pe."participantId" AND pp."structureId" = (SELECT l."structureId" FROM lots l WHERE l.id = $1)
    JOIN plie_steps s ON s."pathId" = pp.id
   WHERE s."actualStart" IS NOT NULL AND s."actualStart" <= $3::date AND (s."actualEnd" IS NULL OR s."actualEnd" >= $2::date)
)
SELECT key, n, people FROM (
  SELECT k.key, k.ord, count(u.id)::int AS n, count(DISTINCT u."participantId")::int AS people
    FROM unnest($4::text[]) WITH ORDINALITY AS k(key, ord) LEFT JOIN used u ON u.kind = k.key
   GROUP BY k.key, k.ord
  UNION ALL SELECT 'total', 1000, count(*)::int, count(DISTINCT "participantId")::int FROM used
) rows ORDER BY ord;
