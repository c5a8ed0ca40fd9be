import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlieProviderReferents1796540000000 implements MigrationInterface {
  /** Provider référents of PLIE paths: the participant's consent (seed 002 §6), exit proposals the operator validates. */
  name = 'PlieProviderReferents1796540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."plie_exit_proposal_reason" AS ENUM(
                'LASTING_JOB',
                'QUALIFYING_TRAINING',
                'END_OF_PATH',
                'DROP_OUT',
                'LOST_CONTACT',
                'MOVED',
                'REORIENTED',
                'HEALTH',
                'RETIREMENT',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."plie_exit_proposal_status" AS ENUM('PENDING', 'ACCEPTED', 'DISMISSED')
        `);
    await queryRunner.query(`
            CREATE TABLE "plie_exit_proposals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pathId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "proposedByStructureId" uuid,
                "date" date NOT NULL,
                "reason" "public"."plie_exit_proposal_reason" NOT NULL,
                "comment" text,
                "status" "public"."plie_exit_proposal_status" NOT NULL DEFAULT 'PENDING',
                "proposedByUserId" uuid,
                "decidedOn" date,
                "decidedByUserId" uuid,
                "decisionNote" text,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_037627c752013369bfd4ab8b7d2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plie_exit_proposals_structure_status" ON "plie_exit_proposals" ("structureId", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plie_exit_proposals_path" ON "plie_exit_proposals" ("pathId", "createdAt")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_plie_exit_proposals_pending" ON "plie_exit_proposals" ("pathId")
            WHERE "status" = 'PENDING'
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths"
            ADD "consentGivenOn" date
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths"
            ADD "consentProofId" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths"
            ADD "consentRecordedByUserId" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths"
            ADD "consentRecordedAt" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_exit_proposals"
            ADD CONSTRAINT "FK_498905d9d3b71fb2bcd9207eb85" FOREIGN KEY ("pathId") REFERENCES "plie_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "plie_exit_proposals" DROP CONSTRAINT "FK_498905d9d3b71fb2bcd9207eb85"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths" DROP COLUMN "consentRecordedAt"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths" DROP COLUMN "consentRecordedByUserId"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths" DROP COLUMN "consentProofId"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths" DROP COLUMN "consentGivenOn"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_plie_exit_proposals_pending"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_plie_exit_proposals_path"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_plie_exit_proposals_structure_status"
        `);
    await queryRunner.query(`
            DROP TABLE "plie_exit_proposals"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."plie_exit_proposal_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."plie_exit_proposal_reason"
        `);
  }
}
