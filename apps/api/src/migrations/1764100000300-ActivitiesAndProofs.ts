import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActivitiesAndProofs1764100000300 implements MigrationInterface {
  name = 'ActivitiesAndProofs1764100000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "action_reminders" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "orientationId" uuid NOT NULL,
                "date" date NOT NULL,
                "mode" "public"."contact_mode" NOT NULL,
                "answered" boolean NOT NULL,
                "byUserId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a0f2c76bd05bb391c7e1c0f82aa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_action_reminders_orientation_date" ON "action_reminders" ("orientationId", "date")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."exit_proposal_reason" AS ENUM(
                'CONSECUTIVE_UNEXCUSED_ABSENCES',
                'UNANSWERED_REMINDERS'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."exit_proposal_status" AS ENUM('PENDING', 'ACCEPTED', 'DISMISSED')
        `);
    await queryRunner.query(`
            CREATE TABLE "exit_proposals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "orientationId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "reason" "public"."exit_proposal_reason" NOT NULL,
                "raisedOn" date NOT NULL,
                "status" "public"."exit_proposal_status" NOT NULL DEFAULT 'PENDING',
                "decidedOn" date,
                "decidedByUserId" uuid,
                "decisionNote" text,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_32b6a8acc302ecb646595929736" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_exit_proposals_provider_status" ON "exit_proposals" ("providerStructureId", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_exit_proposals_structure_status" ON "exit_proposals" ("structureId", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_exit_proposals_orientation" ON "exit_proposals" ("orientationId", "raisedOn")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_exit_proposals_pending" ON "exit_proposals" ("orientationId")
            WHERE "status" = 'PENDING'
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."interview_kind" AS ENUM(
                'FOLLOW_UP',
                'DIAGNOSIS',
                'PSYCHOSOCIAL_SUPPORT',
                'ASSESSMENT',
                'TRIPARTITE'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "activity_interviews" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "orientationId" uuid NOT NULL,
                "lotId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "date" date NOT NULL,
                "durationMinutes" integer NOT NULL,
                "kind" "public"."interview_kind" NOT NULL,
                "summary" text,
                "proofId" uuid,
                "byUserId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_78eff5600bb00ac5a43f535e074" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_37e74aa6b34e9fa464cc049347" ON "activity_interviews" ("proofId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_activity_interviews_lot_date" ON "activity_interviews" ("lotId", "date")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_activity_interviews_orientation_date" ON "activity_interviews" ("orientationId", "date")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."session_kind" AS ENUM(
                'WORKSHOP',
                'INFORMATION_SESSION',
                'EXCHANGE_OF_PRACTICE'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "activity_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "lotId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "kind" "public"."session_kind" NOT NULL,
                "title" character varying NOT NULL,
                "date" date NOT NULL,
                "startTime" character varying(5) NOT NULL,
                "durationMinutes" integer NOT NULL,
                "place" character varying NOT NULL,
                "facilitator" character varying NOT NULL,
                "minParticipants" integer,
                "maxParticipants" integer NOT NULL,
                "cycleNumber" integer,
                "sheetFrozenAt" TIMESTAMP WITH TIME ZONE,
                "sheetSha256" character varying(64),
                "sheetProofId" uuid,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5ef2bc4b70134d1cf3e5b093fae" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_activity_sessions_structure_date" ON "activity_sessions" ("structureId", "date")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_activity_sessions_provider_date" ON "activity_sessions" ("providerStructureId", "date")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_activity_sessions_lot_date" ON "activity_sessions" ("lotId", "date")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."attendance_status" AS ENUM(
                'PRESENT',
                'EXCUSED_ABSENCE',
                'UNEXCUSED_ABSENCE'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "session_enrolments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "sessionId" uuid NOT NULL,
                "orientationId" uuid NOT NULL,
                "participantId" uuid NOT NULL,
                "attendance" "public"."attendance_status",
                "attendanceRecordedAt" TIMESTAMP WITH TIME ZONE,
                "signedAt" TIMESTAMP WITH TIME ZONE,
                "signatureImage" bytea,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ffeb112cee841f96330d55d19a2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_session_enrolments_participant" ON "session_enrolments" ("participantId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_session_enrolments_orientation" ON "session_enrolments" ("orientationId")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_session_enrolments_session_orientation" ON "session_enrolments" ("sessionId", "orientationId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."hour_kind" AS ENUM('FACE_TO_FACE', 'PREPARATION', 'COORDINATION')
        `);
    await queryRunner.query(`
            CREATE TABLE "time_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "lotId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "userId" uuid,
                "date" date NOT NULL,
                "kind" "public"."hour_kind" NOT NULL,
                "minutes" integer NOT NULL,
                "description" text NOT NULL,
                "proofId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b8bc5f10269ba2fe88708904aa0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4d4b8f597f856cce82ed0ba4b4" ON "time_entries" ("proofId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_time_entries_provider_date" ON "time_entries" ("providerStructureId", "date")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_time_entries_lot_date" ON "time_entries" ("lotId", "date")
        `);
    await queryRunner.query(`
            CREATE TABLE "time_entry_participants" (
                "timeEntryId" uuid NOT NULL,
                "orientationId" uuid NOT NULL,
                CONSTRAINT "PK_8ecb3e5e71ee090392e169aafbb" PRIMARY KEY ("timeEntryId", "orientationId")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b725bdfccd049678a755b16272" ON "time_entry_participants" ("orientationId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."proof_kind" AS ENUM(
                'SIGNED_ATTENDANCE_SHEET',
                'SCAN',
                'MAIL',
                'AGENDA',
                'EXTRACTION',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "proof_documents" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "lotId" uuid,
                "operatorStructureId" uuid,
                "kind" "public"."proof_kind" NOT NULL,
                "fileName" character varying NOT NULL,
                "mimeType" character varying NOT NULL,
                "size" integer NOT NULL,
                "sha256" character varying(64) NOT NULL,
                "storagePath" character varying NOT NULL,
                "keepUntil" date NOT NULL,
                "description" character varying,
                "uploadedByUserId" uuid,
                "uploadedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9c3b60e5c8342fe3f78a88c0d85" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_499a8639d63f5d381299b89d67" ON "proof_documents" ("operatorStructureId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_proof_documents_sha256" ON "proof_documents" ("sha256")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_proof_documents_lot" ON "proof_documents" ("lotId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_proof_documents_structure_uploaded" ON "proof_documents" ("structureId", "uploadedAt")
        `);
    await queryRunner.query(`
            ALTER TABLE "action_reminders"
            ADD CONSTRAINT "FK_954232a30bf33441e63158f94e7" FOREIGN KEY ("orientationId") REFERENCES "orientations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "exit_proposals"
            ADD CONSTRAINT "FK_d8992e32f95fd43ad1bb9a228f4" FOREIGN KEY ("orientationId") REFERENCES "orientations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "activity_interviews"
            ADD CONSTRAINT "FK_4e27fb26616040c776a3452fd77" FOREIGN KEY ("orientationId") REFERENCES "orientations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "activity_sessions"
            ADD CONSTRAINT "FK_51cca0bf929d1157334d16edea7" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "session_enrolments"
            ADD CONSTRAINT "FK_8a893f42f4d64b7c21f904193bd" FOREIGN KEY ("sessionId") REFERENCES "activity_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "session_enrolments"
            ADD CONSTRAINT "FK_c71e64bc068ac71310e2ce2c218" FOREIGN KEY ("orientationId") REFERENCES "orientations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "time_entries"
            ADD CONSTRAINT "FK_c1fe49ce5b305e55e4cba941873" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "time_entry_participants"
            ADD CONSTRAINT "FK_5a75a2981d2f39f2aae4f3c6824" FOREIGN KEY ("timeEntryId") REFERENCES "time_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "time_entry_participants"
            ADD CONSTRAINT "FK_b725bdfccd049678a755b16272f" FOREIGN KEY ("orientationId") REFERENCES "orientations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "time_entry_participants" DROP CONSTRAINT "FK_b725bdfccd049678a755b16272f"
        `);
    await queryRunner.query(`
            ALTER TABLE "time_entry_participants" DROP CONSTRAINT "FK_5a75a2981d2f39f2aae4f3c6824"
        `);
    await queryRunner.query(`
            ALTER TABLE "time_entries" DROP CONSTRAINT "FK_c1fe49ce5b305e55e4cba941873"
        `);
    await queryRunner.query(`
            ALTER TABLE "session_enrolments" DROP CONSTRAINT "FK_c71e64bc068ac71310e2ce2c218"
        `);
    await queryRunner.query(`
            ALTER TABLE "session_enrolments" DROP CONSTRAINT "FK_8a893f42f4d64b7c21f904193bd"
        `);
    await queryRunner.query(`
            ALTER TABLE "activity_sessions" DROP CONSTRAINT "FK_51cca0bf929d1157334d16edea7"
        `);
    await queryRunner.query(`
            ALTER TABLE "activity_interviews" DROP CONSTRAINT "FK_4e27fb26616040c776a3452fd77"
        `);
    await queryRunner.query(`
            ALTER TABLE "exit_proposals" DROP CONSTRAINT "FK_d8992e32f95fd43ad1bb9a228f4"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_reminders" DROP CONSTRAINT "FK_954232a30bf33441e63158f94e7"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_proof_documents_structure_uploaded"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_proof_documents_lot"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_proof_documents_sha256"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_499a8639d63f5d381299b89d67"
        `);
    await queryRunner.query(`
            DROP TABLE "proof_documents"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."proof_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b725bdfccd049678a755b16272"
        `);
    await queryRunner.query(`
            DROP TABLE "time_entry_participants"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_time_entries_lot_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_time_entries_provider_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4d4b8f597f856cce82ed0ba4b4"
        `);
    await queryRunner.query(`
            DROP TABLE "time_entries"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."hour_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_session_enrolments_session_orientation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_session_enrolments_orientation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_session_enrolments_participant"
        `);
    await queryRunner.query(`
            DROP TABLE "session_enrolments"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."attendance_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_activity_sessions_lot_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_activity_sessions_provider_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_activity_sessions_structure_date"
        `);
    await queryRunner.query(`
            DROP TABLE "activity_sessions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."session_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_activity_interviews_orientation_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_activity_interviews_lot_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_37e74aa6b34e9fa464cc049347"
        `);
    await queryRunner.query(`
            DROP TABLE "activity_interviews"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."interview_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_exit_proposals_pending"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_exit_proposals_orientation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_exit_proposals_structure_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_exit_proposals_provider_status"
        `);
    await queryRunner.query(`
            DROP TABLE "exit_proposals"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."exit_proposal_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."exit_proposal_reason"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_action_reminders_orientation_date"
        `);
    await queryRunner.query(`
            DROP TABLE "action_reminders"
        `);
  }
}
