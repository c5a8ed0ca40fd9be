import { DataSource } from 'typeorm';

/**
 * Generates a large PLIE caseload in one structure with plain SQL (generate_series): `participants` people,
 * one path each, `followUpsPerPath` follow-up entries per path, spread over `referents` référents.
 */
export async function generateCaseload(
  dataSource: DataSource,
  {
    structureId,
    referentIds,
    participants,
    followUpsPerPath,
  }: { structureId: string; referentIds: string[]; participants: number; followUpsPerPath: number },
): Promise<void> {
  await dataSource.query(
    `INSERT INTO participants ("structureId", programme, "lastName", "firstName", "normalizedLastName", "normalizedFirstName", sex, "birthDate", "referentUserId", "communeCode", "communeName", version)
     SELECT $1, 'PLIE', 'Nom' || i, 'Prénom' || i, 'NOM' || i, 'PRENOM' || i,
            (CASE WHEN i % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END)::sex, date '1970-01-01' + (i % 12000),
            ($2::uuid[])[1 + i % array_length($2::uuid[], 1)], '80021', 'Amiens', 1
     FROM generate_series(1, $3) AS i`,
    [structureId, referentIds, participants],
  );
  await dataSource.query(
    `INSERT INTO plie_paths ("structureId", "participantId", status, "statusChangedOn", prescriber, "orientedOn", "admittedOn", version)
     SELECT $1, p.id, 'ACTIVE', current_date - 200, 'France Travail', current_date - 220, current_date - 200, 1
     FROM participants p WHERE p."structureId" = $1 AND p."lastName" LIKE 'Nom%'`,
    [structureId],
  );
  await dataSource.query(
    `INSERT INTO plie_follow_ups ("pathId", kind, date, "durationMinutes", mode, answered, version)
     SELECT pp.id, (CASE WHEN k % 4 = 0 THEN 'REMINDER' ELSE 'INTERVIEW' END)::follow_up_kind,
            current_date - (k * 9 + (hashtext(pp.id::text) & 63)), 45, 'FACE_TO_FACE', k % 8 <> 0, 1
     FROM plie_paths pp CROSS JOIN generate_series(1, $2) AS k
     WHERE pp."structureId" = $1`,
    [structureId, followUpsPerPath],
  );
  await dataSource.query('ANALYZE');
}
