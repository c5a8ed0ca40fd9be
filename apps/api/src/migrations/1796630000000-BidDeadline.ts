import { MigrationInterface, QueryRunner } from 'typeorm';

export class BidDeadline1796630000000 implements MigrationInterface {
  /** The instant a call's bids close (seed 004: « avant le 31 janvier 2023, 16 heures »), Paris time. */
  name = 'BidDeadline1796630000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "markets" ADD "bidsDueAt" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "markets" DROP COLUMN "bidsDueAt"`);
  }
}
