import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrientationsAndLiaisonSheets1764100000200 implements MigrationInterface {
  name = 'OrientationsAndLiaisonSheets1764100000200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."orientation_status" AS ENUM(
                'PENDING_ENTRY',
                'ENTERED',
                'NOT_ENTERED',
                'EXITED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."action_exit_reason" AS ENUM(
                'PARTICIPANT_REQUEST',
                'LOST_CONTACT',
                'REORIENTED',
                'JOB_OR_TRAINING',
                'END_OF_ACTION'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "orientations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "lotId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "participantId" uuid NOT NULL,
                "orientedOn" date NOT NULL,
                "orientedByUserId" uuid,
                "purpose" text,
                "status" "public"."orientation_status" NOT NULL DEFAULT 'PENDING_ENTRY',
                "entryDueOn" date NOT NULL,
                "entrySheetSentOn" date,
                "startedOn" date,
                "exitOn" date,
                "exitReason" "public"."action_exit_reason",
                "exitDueOn" date,
                "exitSheetSentOn" date,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_653d937a7f56c5e7ebf0e3d13fc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_orientations_exit_due" ON "orientations" ("exitDueOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_orientations_participant" ON "orientations" ("participantId", "orientedOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_orientations_lot_status" ON "orientations" ("lotId", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_orientations_provider_entry_due" ON "orientations" ("providerStructureId", "entryDueOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_orientations_structure_entry_due" ON "orientations" ("structureId", "entryDueOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_orientations_provider_status" ON "orientations" ("providerStructureId", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_orientations_structure_status" ON "orientations" ("structureId", "status")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."liaison_sheet_kind" AS ENUM('ENTRY', 'NON_ENTRY', 'EXIT')
        `);
    // action_exit_reason is shared with "orientations" and already created above.
    await queryRunner.query(`
            CREATE TABLE "liaison_sheets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "orientationId" uuid NOT NULL,
                "kind" "public"."liaison_sheet_kind" NOT NULL,
                "sentOn" date NOT NULL,
                "dueOn" date NOT NULL,
                "late" boolean NOT NULL,
                "startedOn" date,
                "position" character varying,
                "nonEntryReason" text,
                "exitOn" date,
                "exitReason" "public"."action_exit_reason",
                "synthesis" text,
                "fseAnswers" jsonb,
                "sentByUserId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8d40e3b97be9a82ab74bf1cc3a4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_liaison_sheets_orientation" ON "liaison_sheets" ("orientationId", "sentOn")
        `);
    await queryRunner.query(`
            ALTER TABLE "orientations"
            ADD CONSTRAINT "FK_60c3d30f8ff93fb8f3f3fdff62b" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "orientations"
            ADD CONSTRAINT "FK_7b85f87e293a2d79a5b4b3af819" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "orientations"
            ADD CONSTRAINT "FK_4f542f62f0541c7652f721b125f" FOREIGN KEY ("providerStructureId") REFERENCES "structures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "orientations"
            ADD CONSTRAINT "FK_7a05f1e7397d9a4bd7846dccc5e" FOREIGN KEY ("participantId") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "liaison_sheets"
            ADD CONSTRAINT "FK_99d71a789494d7b5801fd58fff3" FOREIGN KEY ("orientationId") REFERENCES "orientations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "liaison_sheets" DROP CONSTRAINT "FK_99d71a789494d7b5801fd58fff3"
        `);
    await queryRunner.query(`
            ALTER TABLE "orientations" DROP CONSTRAINT "FK_7a05f1e7397d9a4bd7846dccc5e"
        `);
    await queryRunner.query(`
            ALTER TABLE "orientations" DROP CONSTRAINT "FK_4f542f62f0541c7652f721b125f"
        `);
    await queryRunner.query(`
            ALTER TABLE "orientations" DROP CONSTRAINT "FK_7b85f87e293a2d79a5b4b3af819"
        `);
    await queryRunner.query(`
            ALTER TABLE "orientations" DROP CONSTRAINT "FK_60c3d30f8ff93fb8f3f3fdff62b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_liaison_sheets_orientation"
        `);
    await queryRunner.query(`
            DROP TABLE "liaison_sheets"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."liaison_sheet_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_orientations_structure_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_orientations_provider_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_orientations_structure_entry_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_orientations_provider_entry_due"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_orientations_lot_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_orientations_participant"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_orientations_exit_due"
        `);
    await queryRunner.query(`
            DROP TABLE "orientations"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."action_exit_reason"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."orientation_status"
        `);
  }
}
