import { MigrationInterface, QueryRunner } from 'typeorm';

export class LotReportsAndIndicatorVersions1765100000000 implements MigrationInterface {
  name = 'LotReportsAndIndicatorVersions1765100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "UQ_reports_structure_kind_period"
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_indicators"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD "lotId" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD "reviewerStructureId" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_reports_reviewer_period" ON "reports" ("reviewerStructureId", "periodEnd")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_reports_lot_kind_period" ON "reports" ("lotId", "kind", "periodStart", "periodEnd")
            WHERE "lotId" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_reports_structure_kind_period" ON "reports" (
                "structureId",
                "kind",
                "periodStart",
                "periodEnd"
            )
            WHERE "lotId" IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_ff1940726d336030032a55278b7" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_139115f78c77a1bcb1950342308" FOREIGN KEY ("reviewerStructureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_139115f78c77a1bcb1950342308"
        `);
    await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_ff1940726d336030032a55278b7"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_reports_structure_kind_period"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_reports_lot_kind_period"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_reports_reviewer_period"
        `);
    await queryRunner.query(`
            ALTER TABLE "reports" DROP COLUMN "reviewerStructureId"
        `);
    await queryRunner.query(`
            ALTER TABLE "reports" DROP COLUMN "lotId"
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_indicators" DROP COLUMN "version"
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "UQ_reports_structure_kind_period" UNIQUE (
                    "structureId",
                    "kind",
                    "periodStart",
                    "periodEnd"
                )
        `);
  }
}
