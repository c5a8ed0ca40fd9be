-- UNIT_COLUMNS
"indicatorId", "unitId", "proofKind", date, quantity, gap, "participantId", "sessionId", "sheetSha256", "interviewId", "timeEntryId", "assessmentId", "liaisonSheetId", "orientationId", "proofId";

-- aggregatesSql (GENERATE_SQL)
SELECT "indicatorId",
                 COALESCE(SUM(quantity) FILTER (WHERE proven), 0)::text AS sum,
                 (count(*) FILTER (WHERE proven))::int AS proven,
                 (count(*) FILTER (WHERE NOT proven))::int AS unproven
            FROM (SELECT "indicatorId", 1::numeric AS quantity, proven FROM (
  SELECT pi.id AS "indicatorId", bool_or(ev.proven) AS proven
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    JOIN participants p ON p.id = o."participantId"
    JOIN (SELECT e."orientationId", s.date, s."sheetFrozenAt" IS NOT NULL AS proven
            FROM session_enrolments e JOIN activity_sessions s ON s.id = e."sessionId"
           WHERE e.attendance = 'PRESENT'
          UNION ALL
          SELECT i."orientationId", i.date, i."proofId" IS NOT NULL FROM activity_interviews i) ev
      ON ev."orientationId" = o.id AND ev.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ACTIVE_FILE' AND (pi."communeCodes" IS NULL OR p."communeCode" = ANY(pi."communeCodes"))
   GROUP BY pi.id, o."participantId") a
 UNION ALL
SELECT "indicatorId", quantity, proven FROM (
  SELECT pi.id AS "indicatorId", GREATEST(COALESCE(LEAST(fp.date, fi.date), $2::date) - o."orientedOn", 0)::numeric AS quantity,
         (fp.date IS NOT NULL OR fi.date IS NOT NULL) AS proven
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND o.status <> 'NOT_ENTERED'
    LEFT JOIN (SELECT e."orientationId", min(s.date) AS date
                 FROM activity_sessions s JOIN session_enrolments e ON e."sessionId" = s.id AND e.attendance = 'PRESENT'
                WHERE s."lotId" IN (SELECT "lotId" FROM payment_indicators WHERE id = ANY($1::uuid[]) AND measure = 'FIRST_APPOINTMENT_WAIT')
                  AND s."sheetFrozenAt" IS NOT NULL AND s.date <= $2::date
                GROUP BY e."orientationId") fp ON fp."orientationId" = o.id
    LEFT JOIN LATERAL (SELECT min(i.date) AS date FROM activity_interviews i
                        WHERE i."orientationId" = o.id AND i."proofId" IS NOT NULL AND i.date BETWEEN o."orientedOn" AND $2::date) fi ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'FIRST_APPOINTMENT_WAIT' AND o."orientedOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)) w
 UNION ALL
SELECT "indicatorId", quantity, gap IS NULL AS proven FROM (
  SELECT pi.id AS "indicatorId", t.id::text AS "unitId", 'TIME_ENTRY' AS "proofKind", t.date, t.minutes::numeric AS quantity,
         CASE WHEN t."proofId" IS NULL THEN 'NO_PROOF'
              WHEN l."timeTiedToParticipants" AND NOT EXISTS (SELECT 1 FROM time_entry_participants tp WHERE tp."timeEntryId" = t.id) THEN 'NOT_TIED_TO_PARTICIPANTS' END AS gap,
         NULL::uuid AS "participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", t.id AS "timeEntryId",
         NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", NULL::uuid AS "orientationId", t."proofId"
    FROM payment_indicators pi
    JOIN lots l ON l.id = pi."lotId"
    JOIN time_entries t ON t."lotId" = pi."lotId" AND t.kind = pi."hourKind"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'HOURS' AND t.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
  UNION ALL

  SELECT pi.id AS "indicatorId", s.id::text AS "unitId", 'ATTENDANCE' AS "proofKind", s.date, 1::numeric AS quantity,
         CASE WHEN s."sheetFrozenAt" IS NULL THEN 'SHEET_NOT_SIGNED' END AS gap, NULL::uuid AS "participantId", s.id AS "sessionId", s."sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", NULL::uuid AS "orientationId", s."sheetProofId" AS "proofId"
    FROM payment_indicators pi
    JOIN activity_sessions s ON s."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'WORKSHOPS_RUN' AND s.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
     AND EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e.attendance = 'PRESENT')
  UNION ALL

  SELECT pi.id AS "indicatorId", i.id::text AS "unitId", 'INTERVIEW' AS "proofKind", i.date, 1::numeric AS quantity, CASE WHEN i."proofId" IS NULL THEN 'NO_PROOF' END AS gap,
         o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", i.id AS "interviewId",
         NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", o.id AS "orientationId", i."proofId"
    FROM payment_indicators pi
    JOIN activity_interviews i ON i."lotId" = pi."lotId"
    JOIN orientations o ON o.id = i."orientationId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'INTERVIEWS' AND i.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
  UNION ALL

  SELECT pi.id AS "indicatorId", a.id::text AS "unitId", 'ASSESSMENT' AS "proofKind", a."completedOn" AS date, 1::numeric AS quantity,
         NULL::text AS gap,
         a."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", a.id AS "assessmentId",
         NULL::uuid AS "liaisonSheetId", a."orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN assessments a ON a."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ASSESSMENTS_DONE' AND a."completedOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
  UNION ALL

  SELECT pi.id AS "indicatorId", o.id::text AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."exitOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NO_EXIT_SHEET' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND (pi."exitReason" IS NULL OR o."exitReason" = pi."exitReason")
    LEFT JOIN LATERAL (SELECT l.id FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind = 'EXIT' AND l."sentOn" <= $2::date ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'EXITS' AND o."exitOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
  UNION ALL

  SELECT pi.id AS "indicatorId", o.id::text || ':entry' AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."entryDueOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NOT_SENT' WHEN ls."sentOn" > o."entryDueOn" THEN 'LATE' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    LEFT JOIN LATERAL (SELECT l.id, l."sentOn" FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind IN ('ENTRY', 'NON_ENTRY') AND l."sentOn" <= $2::date ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'SHEETS_ON_TIME' AND o."entryDueOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
     AND (ls.id IS NOT NULL OR o."entryDueOn" < $2::date)
  UNION ALL
  SELECT pi.id AS "indicatorId", o.id::text || ':exit' AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."exitDueOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NOT_SENT' WHEN ls."sentOn" > o."exitDueOn" THEN 'LATE' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    LEFT JOIN LATERAL (SELECT l.id, l."sentOn" FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind IN ('EXIT') AND l."sentOn" <= $2::date ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'SHEETS_ON_TIME' AND o."exitDueOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
     AND (ls.id IS NOT NULL OR o."exitDueOn" < $2::date)) r) u GROUP BY "indicatorId";

-- aggregatesSql (per day of a lateral list, the history) (GENERATE_SQL)
SELECT "indicatorId",
                 COALESCE(SUM(quantity) FILTER (WHERE proven), 0)::text AS sum,
                 (count(*) FILTER (WHERE proven))::int AS proven,
                 (count(*) FILTER (WHERE NOT proven))::int AS unproven
            FROM (SELECT "indicatorId", 1::numeric AS quantity, proven FROM (
  SELECT pi.id AS "indicatorId", bool_or(ev.proven) AS proven
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    JOIN participants p ON p.id = o."participantId"
    JOIN (SELECT e."orientationId", s.date, s."sheetFrozenAt" IS NOT NULL AS proven
            FROM session_enrolments e JOIN activity_sessions s ON s.id = e."sessionId"
           WHERE e.attendance = 'PRESENT'
          UNION ALL
          SELECT i."orientationId", i.date, i."proofId" IS NOT NULL FROM activity_interviews i) ev
      ON ev."orientationId" = o.id AND ev.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", d.day)
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ACTIVE_FILE' AND (pi."communeCodes" IS NULL OR p."communeCode" = ANY(pi."communeCodes"))
   GROUP BY pi.id, o."participantId") a
 UNION ALL
SELECT "indicatorId", quantity, proven FROM (
  SELECT pi.id AS "indicatorId", GREATEST(COALESCE(LEAST(fp.date, fi.date), d.day) - o."orientedOn", 0)::numeric AS quantity,
         (fp.date IS NOT NULL OR fi.date IS NOT NULL) AS proven
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND o.status <> 'NOT_ENTERED'
    LEFT JOIN (SELECT e."orientationId", min(s.date) AS date
                 FROM activity_sessions s JOIN session_enrolments e ON e."sessionId" = s.id AND e.attendance = 'PRESENT'
                WHERE s."lotId" IN (SELECT "lotId" FROM payment_indicators WHERE id = ANY($1::uuid[]) AND measure = 'FIRST_APPOINTMENT_WAIT')
                  AND s."sheetFrozenAt" IS NOT NULL AND s.date <= d.day
                GROUP BY e."orientationId") fp ON fp."orientationId" = o.id
    LEFT JOIN LATERAL (SELECT min(i.date) AS date FROM activity_interviews i
                        WHERE i."orientationId" = o.id AND i."proofId" IS NOT NULL AND i.date BETWEEN o."orientedOn" AND d.day) fi ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'FIRST_APPOINTMENT_WAIT' AND o."orientedOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", d.day)) w
 UNION ALL
SELECT "indicatorId", quantity, gap IS NULL AS proven FROM (
  SELECT pi.id AS "indicatorId", t.id::text AS "unitId", 'TIME_ENTRY' AS "proofKind", t.date, t.minutes::numeric AS quantity,
         CASE WHEN t."proofId" IS NULL THEN 'NO_PROOF'
              WHEN l."timeTiedToParticipants" AND NOT EXISTS (SELECT 1 FROM time_entry_participants tp WHERE tp."timeEntryId" = t.id) THEN 'NOT_TIED_TO_PARTICIPANTS' END AS gap,
         NULL::uuid AS "participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", t.id AS "timeEntryId",
         NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", NULL::uuid AS "orientationId", t."proofId"
    FROM payment_indicators pi
    JOIN lots l ON l.id = pi."lotId"
    JOIN time_entries t ON t."lotId" = pi."lotId" AND t.kind = pi."hourKind"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'HOURS' AND t.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", d.day)
  UNION ALL

  SELECT pi.id AS "indicatorId", s.id::text AS "unitId", 'ATTENDANCE' AS "proofKind", s.date, 1::numeric AS quantity,
         CASE WHEN s."sheetFrozenAt" IS NULL THEN 'SHEET_NOT_SIGNED' END AS gap, NULL::uuid AS "participantId", s.id AS "sessionId", s."sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", NULL::uuid AS "orientationId", s."sheetProofId" AS "proofId"
    FROM payment_indicators pi
    JOIN activity_sessions s ON s."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'WORKSHOPS_RUN' AND s.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", d.day)
     AND EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e.attendance = 'PRESENT')
  UNION ALL

  SELECT pi.id AS "indicatorId", i.id::text AS "unitId", 'INTERVIEW' AS "proofKind", i.date, 1::numeric AS quantity, CASE WHEN i."proofId" IS NULL THEN 'NO_PROOF' END AS gap,
         o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", i.id AS "interviewId",
         NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", o.id AS "orientationId", i."proofId"
    FROM payment_indicators pi
    JOIN activity_interviews i ON i."lotId" = pi."lotId"
    JOIN orientations o ON o.id = i."orientationId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'INTERVIEWS' AND i.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", d.day)
  UNION ALL

  SELECT pi.id AS "indicatorId", a.id::text AS "unitId", 'ASSESSMENT' AS "proofKind", a."completedOn" AS date, 1::numeric AS quantity,
         NULL::text AS gap,
         a."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", a.id AS "assessmentId",
         NULL::uuid AS "liaisonSheetId", a."orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN assessments a ON a."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ASSESSMENTS_DONE' AND a."completedOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", d.day)
  UNION ALL

  SELECT pi.id AS "indicatorId", o.id::text AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."exitOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NO_EXIT_SHEET' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND (pi."exitReason" IS NULL OR o."exitReason" = pi."exitReason")
    LEFT JOIN LATERAL (SELECT l.id FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind = 'EXIT' AND l."sentOn" <= d.day ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'EXITS' AND o."exitOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", d.day)
  UNION ALL

  SELECT pi.id AS "indicatorId", o.id::text || ':entry' AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."entryDueOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NOT_SENT' WHEN ls."sentOn" > o."entryDueOn" THEN 'LATE' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    LEFT JOIN LATERAL (SELECT l.id, l."sentOn" FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind IN ('ENTRY', 'NON_ENTRY') AND l."sentOn" <= d.day ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'SHEETS_ON_TIME' AND o."entryDueOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", d.day)
     AND (ls.id IS NOT NULL OR o."entryDueOn" < d.day)
  UNION ALL
  SELECT pi.id AS "indicatorId", o.id::text || ':exit' AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."exitDueOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NOT_SENT' WHEN ls."sentOn" > o."exitDueOn" THEN 'LATE' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    LEFT JOIN LATERAL (SELECT l.id, l."sentOn" FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind IN ('EXIT') AND l."sentOn" <= d.day ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'SHEETS_ON_TIME' AND o."exitDueOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", d.day)
     AND (ls.id IS NOT NULL OR o."exitDueOn" < d.day)) r) u GROUP BY "indicatorId";

-- distinctUnitsSql (GENERATE_SQL)
SELECT DISTINCT ON ("indicatorId", "unitId") "indicatorId", "unitId", "proofKind", date, quantity, gap, "participantId", "sessionId", "sheetSha256", "interviewId", "timeEntryId", "assessmentId", "liaisonSheetId", "orientationId", "proofId" FROM (
  SELECT pi.id AS "indicatorId", o."participantId"::text AS "unitId", COALESCE(pv."proofKind", uv."proofKind") AS "proofKind", COALESCE(pv.date, uv.date) AS date,
         1::numeric AS quantity, uv.gap, o."participantId", COALESCE(pv."sessionId", uv."sessionId") AS "sessionId", pv."sheetSha256",
         COALESCE(pv."interviewId", uv."interviewId") AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId",
         o.id AS "orientationId", pv."proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    JOIN participants p ON p.id = o."participantId"
    LEFT JOIN LATERAL (SELECT c.* FROM (
      (SELECT 'ATTENDANCE'::text AS "proofKind", s.date, NULL::text AS gap, s.id AS "sessionId", s."sheetSha256",
              NULL::uuid AS "interviewId", s."sheetProofId" AS "proofId"
         FROM (SELECT e."sessionId" FROM session_enrolments e WHERE e."orientationId" = o.id AND e.attendance = 'PRESENT' OFFSET 0) e CROSS JOIN LATERAL (SELECT s.* FROM activity_sessions s WHERE s.id = e."sessionId" OFFSET 0) s
        WHERE s."sheetFrozenAt" IS NOT NULL AND s.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
        LIMIT 1)
      UNION ALL
      (SELECT 'INTERVIEW', i.date, NULL, NULL, NULL, i.id, i."proofId"
         FROM activity_interviews i
        WHERE i."orientationId" = o.id AND i."proofId" IS NOT NULL AND i.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
        ORDER BY i.date LIMIT 1)) c ORDER BY c.date LIMIT 1) pv ON true
    -- evidence lacking proof is only looked for when there is no proof (a one-time filter on pv)
    LEFT JOIN LATERAL (SELECT c.* FROM (
      (SELECT 'ATTENDANCE'::text AS "proofKind", s.date, 'SHEET_NOT_SIGNED'::text AS gap, s.id AS "sessionId", s."sheetSha256",
              NULL::uuid AS "interviewId", s."sheetProofId" AS "proofId"
         FROM (SELECT e."sessionId" FROM session_enrolments e WHERE e."orientationId" = o.id AND e.attendance = 'PRESENT' OFFSET 0) e CROSS JOIN LATERAL (SELECT s.* FROM activity_sessions s WHERE s.id = e."sessionId" OFFSET 0) s
        WHERE s."sheetFrozenAt" IS NULL AND s.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
        LIMIT 1)
      UNION ALL
      (SELECT 'INTERVIEW', i.date, 'NO_PROOF', NULL, NULL, i.id, i."proofId"
         FROM activity_interviews i
        WHERE i."orientationId" = o.id AND i."proofId" IS NULL AND i.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
        ORDER BY i.date LIMIT 1)) c WHERE pv."proofKind" IS NULL ORDER BY c.date LIMIT 1) uv ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ACTIVE_FILE' AND (pi."communeCodes" IS NULL OR p."communeCode" = ANY(pi."communeCodes"))
     AND (pv."proofKind" IS NOT NULL OR uv."proofKind" IS NOT NULL)
  UNION ALL

  SELECT pi.id AS "indicatorId", t.id::text AS "unitId", 'TIME_ENTRY' AS "proofKind", t.date, t.minutes / 60.0 AS quantity,
         CASE WHEN t."proofId" IS NULL THEN 'NO_PROOF'
              WHEN l."timeTiedToParticipants" AND NOT EXISTS (SELECT 1 FROM time_entry_participants tp WHERE tp."timeEntryId" = t.id) THEN 'NOT_TIED_TO_PARTICIPANTS' END AS gap,
         NULL::uuid AS "participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", t.id AS "timeEntryId",
         NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", NULL::uuid AS "orientationId", t."proofId"
    FROM payment_indicators pi
    JOIN lots l ON l.id = pi."lotId"
    JOIN time_entries t ON t."lotId" = pi."lotId" AND t.kind = pi."hourKind"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'HOURS' AND t.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
  UNION ALL

  SELECT pi.id AS "indicatorId", s.id::text AS "unitId", 'ATTENDANCE' AS "proofKind", s.date, 1::numeric AS quantity,
         CASE WHEN s."sheetFrozenAt" IS NULL THEN 'SHEET_NOT_SIGNED' END AS gap, NULL::uuid AS "participantId", s.id AS "sessionId", s."sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", NULL::uuid AS "orientationId", s."sheetProofId" AS "proofId"
    FROM payment_indicators pi
    JOIN activity_sessions s ON s."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'WORKSHOPS_RUN' AND s.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
     AND EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e.attendance = 'PRESENT')
  UNION ALL

  SELECT pi.id AS "indicatorId", i.id::text AS "unitId", 'INTERVIEW' AS "proofKind", i.date, 1::numeric AS quantity, CASE WHEN i."proofId" IS NULL THEN 'NO_PROOF' END AS gap,
         o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", i.id AS "interviewId",
         NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", o.id AS "orientationId", i."proofId"
    FROM payment_indicators pi
    JOIN activity_interviews i ON i."lotId" = pi."lotId"
    JOIN orientations o ON o.id = i."orientationId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'INTERVIEWS' AND i.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
  UNION ALL

  SELECT pi.id AS "indicatorId", a.id::text AS "unitId", 'ASSESSMENT' AS "proofKind", a."completedOn" AS date, 1::numeric AS quantity,
         NULL::text AS gap,
         a."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", a.id AS "assessmentId",
         NULL::uuid AS "liaisonSheetId", a."orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN assessments a ON a."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ASSESSMENTS_DONE' AND a."completedOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
  UNION ALL

  SELECT pi.id AS "indicatorId", o.id::text AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."exitOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NO_EXIT_SHEET' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND (pi."exitReason" IS NULL OR o."exitReason" = pi."exitReason")
    LEFT JOIN LATERAL (SELECT l.id FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind = 'EXIT' AND l."sentOn" <= $2::date ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'EXITS' AND o."exitOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
  UNION ALL

  SELECT pi.id AS "indicatorId", o.id::text || ':entry' AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."entryDueOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NOT_SENT' WHEN ls."sentOn" > o."entryDueOn" THEN 'LATE' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    LEFT JOIN LATERAL (SELECT l.id, l."sentOn" FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind IN ('ENTRY', 'NON_ENTRY') AND l."sentOn" <= $2::date ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'SHEETS_ON_TIME' AND o."entryDueOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
     AND (ls.id IS NOT NULL OR o."entryDueOn" < $2::date)
  UNION ALL
  SELECT pi.id AS "indicatorId", o.id::text || ':exit' AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."exitDueOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NOT_SENT' WHEN ls."sentOn" > o."exitDueOn" THEN 'LATE' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    LEFT JOIN LATERAL (SELECT l.id, l."sentOn" FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind IN ('EXIT') AND l."sentOn" <= $2::date ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'SHEETS_ON_TIME' AND o."exitDueOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
     AND (ls.id IS NOT NULL OR o."exitDueOn" < $2::date)
  UNION ALL

  SELECT pi.id AS "indicatorId", o.id::text AS "unitId", COALESCE(f.kind, 'WAITING') AS "proofKind", COALESCE(f.date, o."orientedOn") AS date,
         GREATEST(COALESCE(f.date, $2::date) - o."orientedOn", 0)::numeric AS quantity, CASE WHEN f.date IS NULL THEN 'NOT_SEEN_YET' END AS gap,
         o."participantId", f."sessionId", f."sheetSha256", f."interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId",
         o.id AS "orientationId", f."proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND o.status <> 'NOT_ENTERED'
    -- the first presence on a signed sheet of every orientation of the lot, in one pass over the lot's sessions
    LEFT JOIN (SELECT e."orientationId", min(s.date) AS date
                 FROM activity_sessions s JOIN session_enrolments e ON e."sessionId" = s.id AND e.attendance = 'PRESENT'
                WHERE s."lotId" IN (SELECT "lotId" FROM payment_indicators WHERE id = ANY($1::uuid[]) AND measure = 'FIRST_APPOINTMENT_WAIT')
                  AND s."sheetFrozenAt" IS NOT NULL AND s.date <= $2::date
                GROUP BY e."orientationId") fp ON fp."orientationId" = o.id
    LEFT JOIN LATERAL (
      SELECT c.* FROM (
        (SELECT 'INTERVIEW' AS kind, i.date, NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", i.id AS "interviewId", i."proofId"
           FROM activity_interviews i WHERE i."orientationId" = o.id AND i."proofId" IS NOT NULL AND i.date BETWEEN o."orientedOn" AND $2::date
          ORDER BY i.date LIMIT 1)
        UNION ALL
        (SELECT 'ATTENDANCE', s.date, s.id, s."sheetSha256", NULL::uuid, s."sheetProofId"
           FROM (SELECT e."sessionId" FROM session_enrolments e WHERE e."orientationId" = o.id AND e.attendance = 'PRESENT' OFFSET 0) e CROSS JOIN LATERAL (SELECT s.* FROM activity_sessions s WHERE s.id = e."sessionId" OFFSET 0) s
          WHERE fp.date IS NOT NULL AND s.date = fp.date AND s."sheetFrozenAt" IS NOT NULL LIMIT 1)
      ) c ORDER BY c.date LIMIT 1
    ) f ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'FIRST_APPOINTMENT_WAIT' AND o."orientedOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)) raw
           ORDER BY "indicatorId", "unitId", (gap IS NOT NULL), date, "proofKind", "proofId";

-- UNITS_SQL.ACTIVE_FILE (GENERATE_SQL)
SELECT pi.id AS "indicatorId", o."participantId"::text AS "unitId", COALESCE(pv."proofKind", uv."proofKind") AS "proofKind", COALESCE(pv.date, uv.date) AS date,
         1::numeric AS quantity, uv.gap, o."participantId", COALESCE(pv."sessionId", uv."sessionId") AS "sessionId", pv."sheetSha256",
         COALESCE(pv."interviewId", uv."interviewId") AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId",
         o.id AS "orientationId", pv."proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    JOIN participants p ON p.id = o."participantId"
    LEFT JOIN LATERAL (SELECT c.* FROM (
      (SELECT 'ATTENDANCE'::text AS "proofKind", s.date, NULL::text AS gap, s.id AS "sessionId", s."sheetSha256",
              NULL::uuid AS "interviewId", s."sheetProofId" AS "proofId"
         FROM (SELECT e."sessionId" FROM session_enrolments e WHERE e."orientationId" = o.id AND e.attendance = 'PRESENT' OFFSET 0) e CROSS JOIN LATERAL (SELECT s.* FROM activity_sessions s WHERE s.id = e."sessionId" OFFSET 0) s
        WHERE s."sheetFrozenAt" IS NOT NULL AND s.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
        LIMIT 1)
      UNION ALL
      (SELECT 'INTERVIEW', i.date, NULL, NULL, NULL, i.id, i."proofId"
         FROM activity_interviews i
        WHERE i."orientationId" = o.id AND i."proofId" IS NOT NULL AND i.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
        ORDER BY i.date LIMIT 1)) c ORDER BY c.date LIMIT 1) pv ON true
    -- evidence lacking proof is only looked for when there is no proof (a one-time filter on pv)
    LEFT JOIN LATERAL (SELECT c.* FROM (
      (SELECT 'ATTENDANCE'::text AS "proofKind", s.date, 'SHEET_NOT_SIGNED'::text AS gap, s.id AS "sessionId", s."sheetSha256",
              NULL::uuid AS "interviewId", s."sheetProofId" AS "proofId"
         FROM (SELECT e."sessionId" FROM session_enrolments e WHERE e."orientationId" = o.id AND e.attendance = 'PRESENT' OFFSET 0) e CROSS JOIN LATERAL (SELECT s.* FROM activity_sessions s WHERE s.id = e."sessionId" OFFSET 0) s
        WHERE s."sheetFrozenAt" IS NULL AND s.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
        LIMIT 1)
      UNION ALL
      (SELECT 'INTERVIEW', i.date, 'NO_PROOF', NULL, NULL, i.id, i."proofId"
         FROM activity_interviews i
        WHERE i."orientationId" = o.id AND i."proofId" IS NULL AND i.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
        ORDER BY i.date LIMIT 1)) c WHERE pv."proofKind" IS NULL ORDER BY c.date LIMIT 1) uv ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ACTIVE_FILE' AND (pi."communeCodes" IS NULL OR p."communeCode" = ANY(pi."communeCodes"))
     AND (pv."proofKind" IS NOT NULL OR uv."proofKind" IS NOT NULL);

-- UNITS_SQL.ASSESSMENTS_DONE (GENERATE_SQL)
SELECT pi.id AS "indicatorId", a.id::text AS "unitId", 'ASSESSMENT' AS "proofKind", a."completedOn" AS date, 1::numeric AS quantity,
         NULL::text AS gap,
         a."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", a.id AS "assessmentId",
         NULL::uuid AS "liaisonSheetId", a."orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN assessments a ON a."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'ASSESSMENTS_DONE' AND a."completedOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date);

-- UNITS_SQL.EXITS (GENERATE_SQL)
SELECT pi.id AS "indicatorId", o.id::text AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."exitOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NO_EXIT_SHEET' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND (pi."exitReason" IS NULL OR o."exitReason" = pi."exitReason")
    LEFT JOIN LATERAL (SELECT l.id FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind = 'EXIT' AND l."sentOn" <= $2::date ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'EXITS' AND o."exitOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date);

-- UNITS_SQL.FIRST_APPOINTMENT_WAIT (GENERATE_SQL)
SELECT pi.id AS "indicatorId", o.id::text AS "unitId", COALESCE(f.kind, 'WAITING') AS "proofKind", COALESCE(f.date, o."orientedOn") AS date,
         GREATEST(COALESCE(f.date, $2::date) - o."orientedOn", 0)::numeric AS quantity, CASE WHEN f.date IS NULL THEN 'NOT_SEEN_YET' END AS gap,
         o."participantId", f."sessionId", f."sheetSha256", f."interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId",
         o.id AS "orientationId", f."proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId" AND o.status <> 'NOT_ENTERED'
    -- the first presence on a signed sheet of every orientation of the lot, in one pass over the lot's sessions
    LEFT JOIN (SELECT e."orientationId", min(s.date) AS date
                 FROM activity_sessions s JOIN session_enrolments e ON e."sessionId" = s.id AND e.attendance = 'PRESENT'
                WHERE s."lotId" IN (SELECT "lotId" FROM payment_indicators WHERE id = ANY($1::uuid[]) AND measure = 'FIRST_APPOINTMENT_WAIT')
                  AND s."sheetFrozenAt" IS NOT NULL AND s.date <= $2::date
                GROUP BY e."orientationId") fp ON fp."orientationId" = o.id
    LEFT JOIN LATERAL (
      SELECT c.* FROM (
        (SELECT 'INTERVIEW' AS kind, i.date, NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", i.id AS "interviewId", i."proofId"
           FROM activity_interviews i WHERE i."orientationId" = o.id AND i."proofId" IS NOT NULL AND i.date BETWEEN o."orientedOn" AND $2::date
          ORDER BY i.date LIMIT 1)
        UNION ALL
        (SELECT 'ATTENDANCE', s.date, s.id, s."sheetSha256", NULL::uuid, s."sheetProofId"
           FROM (SELECT e."sessionId" FROM session_enrolments e WHERE e."orientationId" = o.id AND e.attendance = 'PRESENT' OFFSET 0) e CROSS JOIN LATERAL (SELECT s.* FROM activity_sessions s WHERE s.id = e."sessionId" OFFSET 0) s
          WHERE fp.date IS NOT NULL AND s.date = fp.date AND s."sheetFrozenAt" IS NOT NULL LIMIT 1)
      ) c ORDER BY c.date LIMIT 1
    ) f ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'FIRST_APPOINTMENT_WAIT' AND o."orientedOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date);

-- UNITS_SQL.HOURS (GENERATE_SQL)
SELECT pi.id AS "indicatorId", t.id::text AS "unitId", 'TIME_ENTRY' AS "proofKind", t.date, t.minutes / 60.0 AS quantity,
         CASE WHEN t."proofId" IS NULL THEN 'NO_PROOF'
              WHEN l."timeTiedToParticipants" AND NOT EXISTS (SELECT 1 FROM time_entry_participants tp WHERE tp."timeEntryId" = t.id) THEN 'NOT_TIED_TO_PARTICIPANTS' END AS gap,
         NULL::uuid AS "participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", NULL::uuid AS "interviewId", t.id AS "timeEntryId",
         NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", NULL::uuid AS "orientationId", t."proofId"
    FROM payment_indicators pi
    JOIN lots l ON l.id = pi."lotId"
    JOIN time_entries t ON t."lotId" = pi."lotId" AND t.kind = pi."hourKind"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'HOURS' AND t.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date);

-- UNITS_SQL.INTERVIEWS (GENERATE_SQL)
SELECT pi.id AS "indicatorId", i.id::text AS "unitId", 'INTERVIEW' AS "proofKind", i.date, 1::numeric AS quantity, CASE WHEN i."proofId" IS NULL THEN 'NO_PROOF' END AS gap,
         o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256", i.id AS "interviewId",
         NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", o.id AS "orientationId", i."proofId"
    FROM payment_indicators pi
    JOIN activity_interviews i ON i."lotId" = pi."lotId"
    JOIN orientations o ON o.id = i."orientationId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'INTERVIEWS' AND i.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date);

-- UNITS_SQL.SHEETS_ON_TIME (GENERATE_SQL)
SELECT pi.id AS "indicatorId", o.id::text || ':entry' AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."entryDueOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NOT_SENT' WHEN ls."sentOn" > o."entryDueOn" THEN 'LATE' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    LEFT JOIN LATERAL (SELECT l.id, l."sentOn" FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind IN ('ENTRY', 'NON_ENTRY') AND l."sentOn" <= $2::date ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'SHEETS_ON_TIME' AND o."entryDueOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
     AND (ls.id IS NOT NULL OR o."entryDueOn" < $2::date)
  UNION ALL
  SELECT pi.id AS "indicatorId", o.id::text || ':exit' AS "unitId", 'LIAISON_SHEET' AS "proofKind", o."exitDueOn" AS date, 1::numeric AS quantity,
         CASE WHEN ls.id IS NULL THEN 'NOT_SENT' WHEN ls."sentOn" > o."exitDueOn" THEN 'LATE' END AS gap, o."participantId", NULL::uuid AS "sessionId", NULL::varchar AS "sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", ls.id AS "liaisonSheetId", o.id AS "orientationId", NULL::uuid AS "proofId"
    FROM payment_indicators pi
    JOIN orientations o ON o."lotId" = pi."lotId"
    LEFT JOIN LATERAL (SELECT l.id, l."sentOn" FROM liaison_sheets l WHERE l."orientationId" = o.id AND l.kind IN ('EXIT') AND l."sentOn" <= $2::date ORDER BY l."sentOn", l.id LIMIT 1) ls ON true
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'SHEETS_ON_TIME' AND o."exitDueOn" BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
     AND (ls.id IS NOT NULL OR o."exitDueOn" < $2::date);

-- UNITS_SQL.WORKSHOPS_RUN (GENERATE_SQL)
SELECT pi.id AS "indicatorId", s.id::text AS "unitId", 'ATTENDANCE' AS "proofKind", s.date, 1::numeric AS quantity,
         CASE WHEN s."sheetFrozenAt" IS NULL THEN 'SHEET_NOT_SIGNED' END AS gap, NULL::uuid AS "participantId", s.id AS "sessionId", s."sheetSha256",
         NULL::uuid AS "interviewId", NULL::uuid AS "timeEntryId", NULL::uuid AS "assessmentId", NULL::uuid AS "liaisonSheetId", NULL::uuid AS "orientationId", s."sheetProofId" AS "proofId"
    FROM payment_indicators pi
    JOIN activity_sessions s ON s."lotId" = pi."lotId"
   WHERE pi.id = ANY($1::uuid[]) AND pi.measure = 'WORKSHOPS_RUN' AND s.date BETWEEN pi."periodStart" AND LEAST(pi."periodEnd", $2::date)
     AND EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e.attendance = 'PRESENT');
