import { MigrationInterface, QueryRunner } from 'typeorm';

export class RetentionReviews1764500000000 implements MigrationInterface {
  name = 'RetentionReviews1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."retention_decision" AS ENUM('KEEP', 'DELETE_REQUESTED')
        `);
    await queryRunner.query(`
            CREATE TABLE "retention_reviews" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "entityType" character varying NOT NULL,
                "entityId" uuid NOT NULL,
                "keepUntil" date NOT NULL,
                "reason" character varying NOT NULL,
                "flaggedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decision" "public"."retention_decision",
                "keepUntilExtended" date,
                "decisionNote" text,
                "decidedAt" TIMESTAMP WITH TIME ZONE,
                "decidedByUserId" uuid,
                "version" integer NOT NULL,
                CONSTRAINT "UQ_retention_reviews_entity" UNIQUE ("entityType", "entityId"),
                CONSTRAINT "PK_71cb5d70c94ad7fafd5bfbda244" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_retention_reviews_structure_pending" ON "retention_reviews" ("structureId", "decision")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_retention_reviews_structure_pending"
        `);
    await queryRunner.query(`
            DROP TABLE "retention_reviews"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."retention_decision"
        `);
  }
}
