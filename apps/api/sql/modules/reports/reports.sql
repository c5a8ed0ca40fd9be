-- REPORTS_DUE_SQL
SELECT id, title, "dueOn"::text AS "dueOn", "dueOn" < $2::date AS overdue FROM reports
       WHERE "structureId" = $1 AND status IN ('DRAFT', 'RETURNED') AND "dueOn" <= $3::date ORDER BY "dueOn", id;
