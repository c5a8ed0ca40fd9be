import { MigrationInterface, QueryRunner } from 'typeorm';

const SCOPE = `((SELECT passerelle_scope_ids())::uuid[])`;
const MEMBER_BIDS = `((SELECT passerelle_member_bid_ids())::uuid[])`;
/** The lot's operator, the bid's lead, or any member of the group: the structures concerned by a joint bid. */
const RULE = `"structureId" = ANY ${SCOPE} OR "leadStructureId" = ANY ${SCOPE} OR "bidId" = ANY ${MEMBER_BIDS}`;

export class JointBids1796630100000 implements MigrationInterface {
  /** Joint bids (« groupement », seed 004): the lead and its co-contractors, each with its share of the price. */
  name = 'JointBids1796630100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bid_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bidId" uuid NOT NULL, "structureId" uuid NOT NULL, "leadStructureId" uuid NOT NULL, "memberStructureId" uuid NOT NULL, "lead" boolean NOT NULL, "sharePercent" numeric(5,2) NOT NULL, CONSTRAINT "PK_4b09452ce3982af46b26872607f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bid_members_structure" ON "bid_members" ("structureId") `);
    await queryRunner.query(`CREATE INDEX "IDX_bid_members_member" ON "bid_members" ("memberStructureId") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_bid_members_bid_member" ON "bid_members" ("bidId", "memberStructureId") `,
    );
    await queryRunner.query(
      `ALTER TABLE "bid_members" ADD CONSTRAINT "FK_582049347bb92408ace85f6e531" FOREIGN KEY ("bidId") REFERENCES "bids"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bid_members" ADD CONSTRAINT "FK_d61521bb6c7c92ffaafc780872d" FOREIGN KEY ("memberStructureId") REFERENCES "structures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The bids the scope is a member of, computed as the table's owner: a policy reading its own table would recurse.
    // Also what a policy on bids needs to let co-contractors read the bid.
    await queryRunner.query(`
      CREATE FUNCTION passerelle_member_bid_ids() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public AS $$
        SELECT coalesce(array_agg(DISTINCT m."bidId"), '{}') FROM bid_members m
        WHERE m."memberStructureId" = ANY (passerelle_scope_ids())
      $$`);
    await queryRunner.query(`ALTER TABLE "bid_members" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "structure_scope" ON "bid_members" AS PERMISSIVE FOR ALL TO passerelle_app USING (${RULE}) WITH CHECK (${RULE})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "bid_members"`);
    await queryRunner.query(`DROP FUNCTION passerelle_member_bid_ids()`);
  }
}
