import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingParametersAndIndicatorIndexes1765000000001 implements MigrationInterface {
  name = 'ReportingParametersAndIndicatorIndexes1765000000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "reporting_parameters" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "effectiveFrom" date NOT NULL,
                "monthlyReportDueDay" integer NOT NULL,
                "mayReportDue" character varying(5) NOT NULL,
                "septemberReportDue" character varying(5) NOT NULL,
                "finalReportDueMonths" integer NOT NULL,
                "reportReminderDays" integer NOT NULL,
                "dropOffWindowDays" integer NOT NULL,
                "createdByUserId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_reporting_parameters_structure_from" UNIQUE ("structureId", "effectiveFrom"),
                CONSTRAINT "PK_c9c9c4409a659ba5264f485e447" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_orientations_lot_exit" ON "orientations" ("lotId", "exitOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_assessments_lot_completed" ON "assessments" ("lotId", "completedOn")
        `);
    await queryRunner.query(`
            ALTER TABLE "reporting_parameters"
            ADD CONSTRAINT "FK_921f4602a6be5906581771818fe" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reporting_parameters" DROP CONSTRAINT "FK_921f4602a6be5906581771818fe"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_assessments_lot_completed"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_orientations_lot_exit"
        `);
    await queryRunner.query(`
            DROP TABLE "reporting_parameters"
        `);
  }
}
