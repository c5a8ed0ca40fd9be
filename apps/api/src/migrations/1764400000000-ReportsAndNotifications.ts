import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportsAndNotifications1764400000000 implements MigrationInterface {
  name = 'ReportsAndNotifications1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "userId" uuid NOT NULL,
                "structureId" uuid,
                "kind" character varying NOT NULL,
                "title" character varying NOT NULL,
                "body" text NOT NULL,
                "link" character varying,
                "dedupeKey" character varying,
                "readAt" TIMESTAMP WITH TIME ZONE,
                "emailedAt" TIMESTAMP WITH TIME ZONE,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_notifications_user_dedupe" UNIQUE ("userId", "dedupeKey"),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_user_unread" ON "notifications" ("userId")
            WHERE "readAt" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_notifications_user_created" ON "notifications" ("userId", "createdAt")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."report_kind" AS ENUM(
                'MONTHLY',
                'INTERMEDIATE_MAY',
                'INTERMEDIATE_SEPTEMBER',
                'FINAL'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."report_status" AS ENUM('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')
        `);
    await queryRunner.query(`
            CREATE TABLE "reports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "kind" "public"."report_kind" NOT NULL,
                "title" character varying NOT NULL,
                "periodStart" date NOT NULL,
                "periodEnd" date NOT NULL,
                "dueOn" date NOT NULL,
                "status" "public"."report_status" NOT NULL DEFAULT 'DRAFT',
                "narratives" jsonb NOT NULL DEFAULT '{}',
                "snapshot" jsonb,
                "submittedAt" TIMESTAMP WITH TIME ZONE,
                "submittedByUserId" uuid,
                "reviewedAt" TIMESTAMP WITH TIME ZONE,
                "reviewedByUserId" uuid,
                "reviewComment" text,
                "createdByUserId" uuid,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_reports_structure_kind_period" UNIQUE (
                    "structureId",
                    "kind",
                    "periodStart",
                    "periodEnd"
                ),
                CONSTRAINT "PK_d9013193989303580053c0b5ef6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_reports_status_due" ON "reports" ("status", "dueOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_reports_structure_period" ON "reports" ("structureId", "periodEnd")
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "FK_692a909ee0fa9383e7859f9b406" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reports"
            ADD CONSTRAINT "FK_663bb630098dced9959519f3dcf" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "reports" DROP CONSTRAINT "FK_663bb630098dced9959519f3dcf"
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "FK_692a909ee0fa9383e7859f9b406"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_reports_structure_period"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_reports_status_due"
        `);
    await queryRunner.query(`
            DROP TABLE "reports"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."report_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."report_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_user_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_notifications_user_unread"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
  }
}
