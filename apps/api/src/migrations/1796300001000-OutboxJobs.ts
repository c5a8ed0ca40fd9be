import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxJobs1796300001000 implements MigrationInterface {
  /** The transactional outbox: jobs recorded with the write that asks for them, moved to Redis by the worker. */
  name = 'OutboxJobs1796300001000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "outbox_jobs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "queue" character varying NOT NULL,
                "name" character varying NOT NULL,
                "data" jsonb NOT NULL,
                "jobId" character varying NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_eca0e49b45a0974cb16b7d2e498" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_outbox_jobs_created" ON "outbox_jobs" ("createdAt")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_outbox_jobs_created"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_jobs"
        `);
  }
}
