import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantDocuments1764700000000 implements MigrationInterface {
  name = 'ParticipantDocuments1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "proof_documents"
            ADD "participantId" uuid
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."proof_kind"
            RENAME TO "proof_kind_old"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."proof_kind" AS ENUM(
                'SIGNED_ATTENDANCE_SHEET',
                'SCAN',
                'MAIL',
                'AGENDA',
                'EXTRACTION',
                'OTHER',
                'CV',
                'IDENTITY_DOCUMENT'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "proof_documents"
            ALTER COLUMN "kind" TYPE "public"."proof_kind" USING "kind"::"text"::"public"."proof_kind"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."proof_kind_old"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_proof_documents_participant_uploaded" ON "proof_documents" ("participantId", "uploadedAt")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_proof_documents_participant_uploaded"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."proof_kind_old" AS ENUM(
                'SIGNED_ATTENDANCE_SHEET',
                'SCAN',
                'MAIL',
                'AGENDA',
                'EXTRACTION',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "proof_documents"
            ALTER COLUMN "kind" TYPE "public"."proof_kind_old" USING "kind"::"text"::"public"."proof_kind_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."proof_kind"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."proof_kind_old"
            RENAME TO "proof_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "proof_documents" DROP COLUMN "participantId"
        `);
  }
}
