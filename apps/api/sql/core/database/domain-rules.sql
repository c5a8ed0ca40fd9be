-- ageBandSql (GENERATE_SQL)
(CASE WHEN date_part('year', age(e.day, p."birthDate")) >= 55 THEN 'FROM_55' WHEN date_part('year', age(e.day, p."birthDate")) >= 45 THEN 'FROM_45_TO_54' WHEN date_part('year', age(e.day, p."birthDate")) >= 26 THEN 'FROM_26_TO_44' WHEN date_part('year', age(e.day, p."birthDate")) >= 18 THEN 'FROM_18_TO_25' WHEN date_part('year', age(e.day, p."birthDate")) >= 0 THEN 'UNDER_18' END);

-- contactSql (GENERATE_SQL)
(f.kind = 'INTERVIEW'
    OR (f.kind = 'REMINDER' AND f.answered IS TRUE)
    OR (f.kind = 'COLLECTIVE_MEETING' AND f.attended IS DISTINCT FROM FALSE));
