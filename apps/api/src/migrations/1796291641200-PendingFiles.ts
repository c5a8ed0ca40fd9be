import { MigrationInterface, QueryRunner } from 'typeorm';

export class PendingFiles1796291641200 implements MigrationInterface {
  name = 'PendingFiles1796291641200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "pending_files" (
                "key" character varying(300) NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ed5c3fa857ad0e6541c5e85b805" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_pending_files_created" ON "pending_files" ("createdAt")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_pending_files_created"
        `);
    await queryRunner.query(`
            DROP TABLE "pending_files"
        `);
  }
}
