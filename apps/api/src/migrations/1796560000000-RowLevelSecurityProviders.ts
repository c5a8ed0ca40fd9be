import { MigrationInterface, QueryRunner } from 'typeorm';

const SCOPE = `((SELECT passerelle_scope_ids())::uuid[])`;
const own = (column = '"structureId"') => `${column} = ANY ${SCOPE}`;
const through = (parent: string, column: string) => `EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = ${column})`;
const awardedLot = (column: string) =>
  `EXISTS (SELECT 1 FROM lots l WHERE l.id = ${column} AND ${own('l."awardedStructureId"')})`;
const RECEIVED_CONTRACTS = `((SELECT passerelle_received_contract_ids())::uuid[])`;
const RECEIVED_COHORTS = `((SELECT passerelle_received_cohort_ids())::uuid[])`;

/** The policies before this migration, restored by `down`. */
const BEFORE: Record<string, string> = {
  participants: `${own()} OR EXISTS (SELECT 1 FROM orientations o WHERE o."participantId" = participants.id AND ${own('o."providerStructureId"')})`,
  plie_paths: own(),
  plie_committees: own(),
  cej_contracts: own(),
  cej_cohorts: own(),
  cej_cohort_sessions: through('cej_cohorts', '"cohortId"'),
  cej_digital_workshops: own(),
};

/**
 * Providers inside the work (issue 14): a provider's référent reaches the PLIE path of a person oriented to one of its
 * lots, and a CEJ provider the young people its lots receive (promo workshop days, digital workshops, digital path).
 * What a provider receives is computed by SECURITY DEFINER functions, read once per statement: a policy on
 * cej_contracts that looked into the enrolments (whose own policy looks into cej_contracts) would recurse.
 */
const AFTER: Record<string, string> = {
  participants: `${BEFORE.participants} OR EXISTS (SELECT 1 FROM cej_contracts c WHERE c."participantId" = participants.id AND c.id = ANY ${RECEIVED_CONTRACTS})`,
  plie_paths: `${own()} OR EXISTS (SELECT 1 FROM orientations o WHERE o."participantId" = plie_paths."participantId" AND ${own('o."providerStructureId"')})`,
  // The committee that decided on a path the provider follows (its date and title show on the path).
  plie_committees: `${own()} OR EXISTS (SELECT 1 FROM plie_committee_files f WHERE f."committeeId" = plie_committees.id)`,
  plie_exit_proposals: `${own()} OR ${own('"proposedByStructureId"')}`,
  cej_contracts: `${own()} OR id = ANY ${RECEIVED_CONTRACTS}`,
  cej_cohorts: `${own()} OR id = ANY ${RECEIVED_COHORTS}`,
  cej_cohort_sessions: `${through('cej_cohorts', '"cohortId"')} OR ${awardedLot('"lotId"')}`,
  cej_digital_workshops: `${own()} OR ${awardedLot('"lotId"')}`,
  cej_monthly_returns: `${own()} OR ${own('"providerStructureId"')}`,
};

const NEW_TABLES = ['plie_exit_proposals', 'cej_monthly_returns'];

export class RowLevelSecurityProviders1796560000000 implements MigrationInterface {
  name = 'RowLevelSecurityProviders1796560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Run as the tables' owner, which row-level security does not restrict.
    await queryRunner.query(`
      CREATE FUNCTION passerelle_received_contract_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public AS $$
        SELECT coalesce(array_agg(DISTINCT c.id), '{}') FROM lots l JOIN cej_contracts c ON c."structureId" = l."structureId"
        WHERE l."awardedStructureId" = ANY (passerelle_scope_ids()) AND l."conventionSignedOn" IS NOT NULL
          AND (c."digitalLotId" = l.id
            OR c."cohortId" IN (SELECT s."cohortId" FROM cej_cohort_sessions s WHERE s."lotId" = l.id)
            OR c.id IN (SELECT e."contractId" FROM cej_digital_enrolments e
                        JOIN cej_digital_workshops w ON w.id = e."workshopId" WHERE w."lotId" = l.id))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION passerelle_received_cohort_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public AS $$
        SELECT coalesce(array_agg(DISTINCT s."cohortId"), '{}') FROM cej_cohort_sessions s JOIN lots l ON l.id = s."lotId"
        WHERE l."awardedStructureId" = ANY (passerelle_scope_ids())
      $$`);
    for (const table of NEW_TABLES) await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    for (const [table, rule] of Object.entries(AFTER)) {
      if (!NEW_TABLES.includes(table)) await queryRunner.query(`DROP POLICY "structure_scope" ON "${table}"`);
      await queryRunner.query(
        `CREATE POLICY "structure_scope" ON "${table}" AS PERMISSIVE FOR ALL TO passerelle_app USING (${rule}) WITH CHECK (${rule})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(AFTER)) await queryRunner.query(`DROP POLICY "structure_scope" ON "${table}"`);
    for (const table of NEW_TABLES) await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    for (const [table, rule] of Object.entries(BEFORE)) {
      await queryRunner.query(
        `CREATE POLICY "structure_scope" ON "${table}" AS PERMISSIVE FOR ALL TO passerelle_app USING (${rule}) WITH CHECK (${rule})`,
      );
    }
    await queryRunner.query(`DROP FUNCTION passerelle_received_cohort_ids()`);
    await queryRunner.query(`DROP FUNCTION passerelle_received_contract_ids()`);
  }
}
