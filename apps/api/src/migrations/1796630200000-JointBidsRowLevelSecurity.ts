import { MigrationInterface, QueryRunner } from 'typeorm';

const MEMBER_BIDS = `((SELECT passerelle_member_bid_ids())::uuid[])`;

/**
 * Co-contractors of a joint bid read the bid and its lot as the lead does (`myBids`), nothing more: a second, read-only
 * policy beside `structure_scope`, whose rows stay the operator's and the lead's to write.
 */
export class JointBidsRowLevelSecurity1796630200000 implements MigrationInterface {
  name = 'JointBidsRowLevelSecurity1796630200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE POLICY "bid_member_read" ON "bids" AS PERMISSIVE FOR SELECT TO passerelle_app USING (id = ANY ${MEMBER_BIDS})`,
    );
    await queryRunner.query(
      `CREATE POLICY "bid_member_read" ON "lots" AS PERMISSIVE FOR SELECT TO passerelle_app USING (EXISTS (SELECT 1 FROM bids b WHERE b."lotId" = lots.id AND b.id = ANY ${MEMBER_BIDS}))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "bid_member_read" ON "lots"`);
    await queryRunner.query(`DROP POLICY "bid_member_read" ON "bids"`);
  }
}
