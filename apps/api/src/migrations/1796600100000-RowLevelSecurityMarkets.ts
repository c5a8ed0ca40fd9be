import { MigrationInterface, QueryRunner } from 'typeorm';

const SCOPE = `((SELECT passerelle_scope_ids())::uuid[])`;
const own = (column = '"structureId"') => `${column} = ANY ${SCOPE}`;
const through = (parent: string, column: string) => `EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = ${column})`;
/** A lot the structure works on as contracted provider (`lot-access.ts`, `isProviderOf`). */
const contractedLot = (column: string) =>
  `EXISTS (SELECT 1 FROM lots l WHERE l.id = ${column} AND ${own('l."awardedStructureId"')} AND l."conventionSignedOn" IS NOT NULL)`;

/**
 * Calls for tenders and what follows them, as `lot-access.ts` and the market services rule: the operator owns its
 * markets, lots, bids, conventions and indicators; a provider reaches a lot once awarded with a signed convention
 * (`reachableLotSql`), sees the lots it bid on and, being public, the open lots (not awarded, market not over:
 * `ProviderBidsService.openLots`) with their market; its own bids and their marks; the convention of its lot and
 * its amendments; the payment indicators of its contracted lots; the prospection it does on them.
 */
const POLICIES: Record<string, string> = {
  lots: [
    own(),
    `(${own('"awardedStructureId"')} AND "conventionSignedOn" IS NOT NULL)`,
    `EXISTS (SELECT 1 FROM bids b WHERE b."lotId" = lots.id AND ${own('b."providerStructureId"')})`,
    `("awardedStructureId" IS NULL AND passerelle_market_open("marketId"))`,
  ].join(' OR '),
  markets: `${own()} OR EXISTS (SELECT 1 FROM lots l WHERE l."marketId" = markets.id)`,
  market_scoring_criteria: through('markets', '"marketId"'),
  bids: `${own()} OR ${own('"providerStructureId"')}`,
  bid_marks: through('bids', '"bidId"'),
  conventions: `${own()} OR ${own('"providerStructureId"')}`,
  convention_amendments: through('conventions', '"conventionId"'),
  payment_indicators: `${own()} OR ${contractedLot('"lotId"')}`,
  lot_prospections: `${own()} OR ${own('"providerStructureId"')}`,
  // A provider's lot report is due as its operator's rules say (`ReportsService.periodOf`); only the owner writes them.
  reporting_parameters: `${own()} OR EXISTS (SELECT 1 FROM lots l WHERE l."structureId" = reporting_parameters."structureId" AND ${own('l."awardedStructureId"')} AND l."conventionSignedOn" IS NOT NULL)`,
};
/** Rows a structure may write, where narrower than what it reads. */
const WRITE: Record<string, string> = { reporting_parameters: own() };

/**
 * The audit log: anyone may append (a provider's read of a participant is filed under the operator's structure), a
 * structure reads its own entries and the trail of a participant it reaches (`participantAuditTrail`); nobody
 * changes or deletes an entry from a request (retention runs as the system).
 */
const AUDIT_READ = `${own()} OR ("entityType" = 'Participant' AND EXISTS (SELECT 1 FROM participants p WHERE p.id::text = "entityId"))`;

export class RowLevelSecurityMarkets1796600100000 implements MigrationInterface {
  name = 'RowLevelSecurityMarkets1796600100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Read as the owner: a policy on lots that looked into markets (whose policy looks into lots) would recurse.
    await queryRunner.query(`
      CREATE FUNCTION passerelle_market_open(market uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM markets m WHERE m.id = market AND m."endsOn" >= (now() AT TIME ZONE 'Europe/Paris')::date)
      $$`);
    for (const [table, rule] of Object.entries(POLICIES)) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "structure_scope" ON "${table}" AS PERMISSIVE FOR ALL TO passerelle_app USING (${rule}) WITH CHECK (${WRITE[table] ?? rule})`,
      );
    }
    await queryRunner.query(`ALTER TABLE "audit_logs" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "structure_read" ON "audit_logs" AS PERMISSIVE FOR SELECT TO passerelle_app USING (${AUDIT_READ})`,
    );
    await queryRunner.query(
      `CREATE POLICY "append" ON "audit_logs" AS PERMISSIVE FOR INSERT TO passerelle_app WITH CHECK (true)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "append" ON "audit_logs"`);
    await queryRunner.query(`DROP POLICY "structure_read" ON "audit_logs"`);
    await queryRunner.query(`ALTER TABLE "audit_logs" DISABLE ROW LEVEL SECURITY`);
    for (const table of Object.keys(POLICIES).reverse()) {
      await queryRunner.query(`DROP POLICY "structure_scope" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION passerelle_market_open(uuid)`);
  }
}
