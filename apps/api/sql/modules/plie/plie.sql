-- CONTACT_STATS_SQL
SELECT ids.id AS "pathId", lc.last_contact::text AS "lastContactOn",
    (SELECT count(*) FROM plie_follow_ups r
      WHERE r."pathId" = ids.id AND r.kind = 'REMINDER' AND r.answered IS NOT TRUE
        AND (lc.last_contact IS NULL OR r.date > lc.last_contact)) >= 2 AS "withoutContact"
  FROM unnest($1::uuid[]) AS ids(id)
  LEFT JOIN LATERAL (
    SELECT max(f.date) AS last_contact FROM plie_follow_ups f
    WHERE f."pathId" = ids.id AND (f.kind = 'INTERVIEW'
      OR (f.kind = 'REMINDER' AND f.answered IS TRUE)
      OR (f.kind = 'COLLECTIVE_MEETING' AND f.attended IS DISTINCT FROM FALSE))
  ) lc ON TRUE;
