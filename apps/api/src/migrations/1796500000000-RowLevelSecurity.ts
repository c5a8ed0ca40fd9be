import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Policies of the tables holding personal data: who reaches a row, as the application's rules say. Attendance rows
 * (session_enrolments), interviews and time entry participants are not here yet: a per-row EXISTS on their parent made
 * the payment indicator aggregates ten times slower on `pnpm bench` sizes; they need a structure column of their own.
 */
// A scalar subquery: the setting is read once per statement, not once per row.
const SCOPE = `((SELECT passerelle_scope_ids())::uuid[])`;
const own = (column = '"structureId"') => `${column} = ANY ${SCOPE}`;
const through = (parent: string, column: string) => `EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = ${column})`;

const POLICIES: Record<string, string> = {
  // A participant: its structure's, and a provider's once oriented to one of its lots.
  participants: `${own()} OR EXISTS (SELECT 1 FROM orientations o WHERE o."participantId" = participants.id AND ${own('o."providerStructureId"')})`,
  participant_sensitive_data: through('participants', '"participantId"'),
  // The operator that orients and the provider of the lot.
  orientations: `${own()} OR ${own('"providerStructureId"')}`,
  liaison_sheets: through('orientations', '"orientationId"'),
  action_reminders: through('orientations', '"orientationId"'),
  exit_proposals: `${own()} OR ${own('"providerStructureId"')}`,
  assessments: `${own()} OR ${own('"providerStructureId"')}`,
  immersions: `${own()} OR ${own('"providerStructureId"')}`,
  activity_sessions: `${own()} OR ${own('"providerStructureId"')}`,
  time_entries: `${own()} OR ${own('"providerStructureId"')}`,
  // Files: the structure that holds them and the operator they are sent to.
  proof_documents: `${own()} OR ${own('"operatorStructureId"')}`,
  reports: `${own()} OR ${own('"reviewerStructureId"')}`,
  retention_reviews: own(),
  // PLIE paths and everything in them.
  plie_paths: own(),
  plie_committees: own(),
  plie_committee_files: through('plie_paths', '"pathId"'),
  plie_diagnoses: through('plie_paths', '"pathId"'),
  plie_obstacles: through('plie_paths', '"pathId"'),
  plie_follow_ups: through('plie_paths', '"pathId"'),
  plie_steps: through('plie_paths', '"pathId"'),
  plie_path_transitions: through('plie_paths', '"pathId"'),
  // CEJ contracts and everything in them.
  cej_contracts: own(),
  cej_cohorts: own(),
  cej_cohort_sessions: through('cej_cohorts', '"cohortId"'),
  cej_digital_workshops: own(),
  cej_actions: through('cej_contracts', '"contractId"'),
  cej_booklet_entries: through('cej_contracts', '"contractId"'),
  cej_breaches: through('cej_contracts', '"contractId"'),
  cej_contract_events: through('cej_contracts', '"contractId"'),
  cej_digital_certifications: through('cej_contracts', '"contractId"'),
  cej_digital_enrolments: through('cej_contracts', '"contractId"'),
  cej_digital_plan_items: through('cej_contracts', '"contractId"'),
  cej_final_evaluations: through('cej_contracts', '"contractId"'),
  cej_income_declarations: through('cej_contracts', '"contractId"'),
  cej_market_knowledge: through('cej_contracts', '"contractId"'),
  cej_pix_diagnostics: through('cej_contracts', '"contractId"'),
  cej_pix_scores: through('cej_pix_diagnostics', '"diagnosticId"'),
  cej_positionings: through('cej_contracts', '"contractId"'),
  cej_positioning_scores: through('cej_positionings', '"positioningId"'),
  cej_renewals: through('cej_contracts', '"contractId"'),
  cej_suspensions: through('cej_contracts', '"contractId"'),
  cej_transversal_skills: through('cej_contracts', '"contractId"'),
};

/**
 * Row-level security (docs/architecture.md, "Row-level security"): the role `passerelle_app` that authenticated
 * requests switch to with `SET LOCAL ROLE`, and the policies of the tables holding personal data. The tables' owner
 * (the application's login) is not subject to them: system work runs as it.
 */
export class RowLevelSecurity1796500000000 implements MigrationInterface {
  name = 'RowLevelSecurity1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Roles are the cluster's: another database (or a concurrent migration) may have created it already.
    await queryRunner.query(`
      DO $$ BEGIN
        CREATE ROLE passerelle_app NOLOGIN NOINHERIT NOBYPASSRLS;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    // The login must be a member to SET ROLE to it (implicit for a superuser, needed on a managed PostgreSQL).
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT pg_has_role(current_user, 'passerelle_app', 'MEMBER') THEN
          EXECUTE format('GRANT passerelle_app TO %I', current_user);
        END IF;
      EXCEPTION WHEN unique_violation THEN NULL;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO passerelle_app`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO passerelle_app`);
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO passerelle_app`);
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO passerelle_app`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO passerelle_app`,
    );
    await queryRunner.query(`
      CREATE FUNCTION passerelle_scope_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$
        SELECT string_to_array(NULLIF(current_setting('app.structure_ids', true), ''), ',')::uuid[]
      $$`);
    for (const [table, rule] of Object.entries(POLICIES)) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "structure_scope" ON "${table}" AS PERMISSIVE FOR ALL TO passerelle_app USING (${rule}) WITH CHECK (${rule})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(POLICIES).reverse()) {
      await queryRunner.query(`DROP POLICY "structure_scope" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION passerelle_scope_ids()`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM passerelle_app`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM passerelle_app`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM passerelle_app`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM passerelle_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM passerelle_app`);
    // The role stays: other databases of the cluster may use it (DROP ROLE would fail while they do).
  }
}
