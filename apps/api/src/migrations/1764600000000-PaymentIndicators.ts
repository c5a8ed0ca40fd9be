import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentIndicators1764600000000 implements MigrationInterface {
  name = 'PaymentIndicators1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."indicator_measure" AS ENUM(
                'ACTIVE_FILE',
                'HOURS',
                'WORKSHOPS_RUN',
                'INTERVIEWS',
                'ASSESSMENTS_DONE'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."payment_rule" AS ENUM('PRO_RATA', 'THRESHOLDS', 'CAP')
        `);
    await queryRunner.query(`
            CREATE TABLE "payment_indicators" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "lotId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "label" character varying NOT NULL,
                "measure" "public"."indicator_measure" NOT NULL,
                "hourKind" "public"."hour_kind",
                "communeCodes" character varying(5) array,
                "target" numeric(12, 2) NOT NULL,
                "periodStart" date NOT NULL,
                "periodEnd" date NOT NULL,
                "rule" "public"."payment_rule" NOT NULL,
                "params" jsonb NOT NULL DEFAULT '{}',
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1579ca8ad168c7c364431433e00" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_payment_indicators_lot" ON "payment_indicators" ("lotId")
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_indicators"
            ADD CONSTRAINT "FK_c6639bfca39d209ba21c58ff068" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "payment_indicators" DROP CONSTRAINT "FK_c6639bfca39d209ba21c58ff068"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_payment_indicators_lot"
        `);
    await queryRunner.query(`
            DROP TABLE "payment_indicators"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."payment_rule"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."indicator_measure"
        `);
  }
}
