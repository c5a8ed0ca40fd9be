-- PARTICIPANT_DOCUMENTS_SQL
SELECT d.id::text AS id, 'UPLOADED' AS source, d.kind::text AS "proofKind", NULL AS "sheetKind",
    d."fileName" AS title, d.description, (d."uploadedAt" AT TIME ZONE 'Europe/Paris')::date::text AS date, d."uploadedAt" AS at,
    d."uploadedByUserId" AS "authorUserId", d.sha256, d."keepUntil"::text AS "keepUntil", d.id AS "proofId"
  FROM proof_documents d
  WHERE d."participantId" = $1 AND d."structureId" = $2
  UNION ALL
  SELECT l.id::text, 'LIAISON_SHEET', NULL, l.kind::text,
    'Lot ' || lo.number || ' – ' || lo.title, NULL, l."sentOn"::text, l."createdAt",
    l."sentByUserId", NULL, m."proofsKeptUntil"::text, NULL
  FROM orientations o
  JOIN liaison_sheets l ON l."orientationId" = o.id
  JOIN lots lo ON lo.id = o."lotId"
  JOIN markets m ON m.id = lo."marketId"
  WHERE o."participantId" = $1 AND o."structureId" = $2
  UNION ALL
  SELECT s.id::text, 'ATTENDANCE_SHEET', p.kind::text, NULL,
    s.title, p."fileName", s.date::text, p."uploadedAt",
    p."uploadedByUserId", p.sha256, p."keepUntil"::text, p.id
  FROM activity_sessions s
  JOIN proof_documents p ON p.id = s."sheetProofId"
  WHERE s."structureId" = $2
    AND EXISTS (SELECT 1 FROM session_enrolments e WHERE e."sessionId" = s.id AND e."participantId" = $1 AND e.attendance = 'PRESENT')
  UNION ALL
  SELECT i.id::text, 'IMMERSION_SHEET', p.kind::text, NULL,
    i."hostName", p."fileName", COALESCE(i."tutorSignedOn", i."participantSignedOn", i."endsOn")::text, COALESCE(p."uploadedAt", i."createdAt"),
    p."uploadedByUserId", p.sha256, COALESCE(p."keepUntil", m."proofsKeptUntil")::text, p.id
  FROM immersions i
  JOIN lots lo ON lo.id = i."lotId"
  JOIN markets m ON m.id = lo."marketId"
  LEFT JOIN proof_documents p ON p.id = i."evaluationProofId"
  WHERE i."participantId" = $1 AND i."structureId" = $2
    AND (i."evaluationProofId" IS NOT NULL OR i."tutorSignedOn" IS NOT NULL OR i."participantSignedOn" IS NOT NULL);
