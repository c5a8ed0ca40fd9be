-- COMMITTEE_PENDING_SQL
SELECT f.id AS "fileId", f."pathId", c.date::text AS date, p."firstName" || ' ' || p."lastName" AS name
       FROM plie_committee_files f JOIN plie_committees c ON c.id = f."committeeId"
       JOIN plie_paths pp ON pp.id = f."pathId" JOIN participants p ON p.id = pp."participantId"
       WHERE c."structureId" = $1 AND f.decision IS NULL AND c.date < $2::date ORDER BY c.date, f.id;

-- FSE_EXIT_OWED_SQL
SELECT pp.id AS "pathId", pp."exitDate"::text AS "exitDate", p."firstName" || ' ' || p."lastName" AS name, p."referentUserId"
       FROM plie_paths pp JOIN participants p ON p.id = pp."participantId"
       WHERE pp."structureId" = $1 AND pp.status = 'EXITED' AND coalesce(cardinality(pp."fseExitResults"), 0) = 0
         AND pp."exitDate" <= $2::date ORDER BY pp."exitDate", pp.id;
