import { MigrationInterface, QueryRunner } from 'typeorm';

export class BidWithdrawalAndConventionAmendments1764700000400 implements MigrationInterface {
  name = 'BidWithdrawalAndConventionAmendments1764700000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "convention_amendments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "conventionId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "number" integer NOT NULL,
                "signedOn" date NOT NULL,
                "reason" text NOT NULL,
                "description" text NOT NULL,
                "previousEndsOn" date NOT NULL,
                "endsOn" date NOT NULL,
                "previousAmountTtc" numeric(12, 2) NOT NULL,
                "amountTtc" numeric(12, 2) NOT NULL,
                "signedByUserId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_200026f6aa0e4efa3bbbb04b0c6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_convention_amendments_structure" ON "convention_amendments" ("structureId")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_convention_amendments_number" ON "convention_amendments" ("conventionId", "number")
        `);
    await queryRunner.query(`
            ALTER TABLE "bids"
            ADD "withdrawnAt" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "conventions"
            ADD "version" integer NOT NULL DEFAULT 1
        `);
    await queryRunner.query(`
            ALTER TABLE "conventions"
            ALTER COLUMN "version" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."bid_status"
            RENAME TO "bid_status_old"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."bid_status" AS ENUM(
                'SUBMITTED',
                'SCORED',
                'AWARDED',
                'REJECTED',
                'WITHDRAWN'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "bids"
            ALTER COLUMN "status" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "bids"
            ALTER COLUMN "status" TYPE "public"."bid_status" USING "status"::"text"::"public"."bid_status"
        `);
    await queryRunner.query(`
            ALTER TABLE "bids"
            ALTER COLUMN "status"
            SET DEFAULT 'SUBMITTED'
        `);
    await queryRunner.query(`
            DROP TYPE "public"."bid_status_old"
        `);
    await queryRunner.query(`
            ALTER TABLE "convention_amendments"
            ADD CONSTRAINT "FK_d3a6932b51836554b6eb9da35c1" FOREIGN KEY ("conventionId") REFERENCES "conventions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "convention_amendments" DROP CONSTRAINT "FK_d3a6932b51836554b6eb9da35c1"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."bid_status_old" AS ENUM('SUBMITTED', 'SCORED', 'AWARDED', 'REJECTED')
        `);
    await queryRunner.query(`
            ALTER TABLE "bids"
            ALTER COLUMN "status" DROP DEFAULT
        `);
    await queryRunner.query(`
            ALTER TABLE "bids"
            ALTER COLUMN "status" TYPE "public"."bid_status_old" USING "status"::"text"::"public"."bid_status_old"
        `);
    await queryRunner.query(`
            ALTER TABLE "bids"
            ALTER COLUMN "status"
            SET DEFAULT 'SUBMITTED'
        `);
    await queryRunner.query(`
            DROP TYPE "public"."bid_status"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."bid_status_old"
            RENAME TO "bid_status"
        `);
    await queryRunner.query(`
            ALTER TABLE "conventions" DROP COLUMN "version"
        `);
    await queryRunner.query(`
            ALTER TABLE "bids" DROP COLUMN "withdrawnAt"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_convention_amendments_number"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_convention_amendments_structure"
        `);
    await queryRunner.query(`
            DROP TABLE "convention_amendments"
        `);
  }
}
