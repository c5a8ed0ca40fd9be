import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantsAndPliePaths1764000000000 implements MigrationInterface {
  name = 'ParticipantsAndPliePaths1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."programme" AS ENUM('PLIE', 'CEJ')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."sex" AS ENUM('FEMALE', 'MALE')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."entry_situation" AS ENUM(
                'LONG_TERM_JOBSEEKER',
                'RSA_RECIPIENT',
                'MINIMUM_INCOME_RECIPIENT',
                'RQTH',
                'YOUNG_IN_DIFFICULTY',
                'SENIOR_JOBSEEKER',
                'SINGLE_PARENT',
                'SOCIAL_OBSTACLES',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."education_level" AS ENUM(
                'NO_SCHOOLING',
                'PRIMARY',
                'LOWER_SECONDARY',
                'LEVEL_3',
                'LEVEL_4',
                'LEVEL_5',
                'LEVEL_6',
                'LEVEL_7',
                'LEVEL_8'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."fse_employment_status" AS ENUM(
                'EMPLOYED',
                'UNEMPLOYED',
                'LONG_TERM_UNEMPLOYED',
                'INACTIVE'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."fse_household_situation" AS ENUM(
                'SINGLE_ADULT_WITH_CHILDREN',
                'JOBLESS_HOUSEHOLD',
                'JOBLESS_HOUSEHOLD_WITH_CHILDREN',
                'NONE_OF_THESE',
                'DECLINED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."fse_answer" AS ENUM('YES', 'NO', 'DECLINED')
        `);
    await queryRunner.query(`
            CREATE TABLE "participants" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "programme" "public"."programme" NOT NULL,
                "lastName" character varying NOT NULL,
                "firstName" character varying NOT NULL,
                "normalizedLastName" character varying COLLATE "C" NOT NULL,
                "normalizedFirstName" character varying COLLATE "C" NOT NULL,
                "sex" "public"."sex" NOT NULL,
                "birthDate" date NOT NULL,
                "phone" character varying,
                "email" character varying,
                "addressLine" character varying,
                "postalCode" character varying(5),
                "communeCode" character varying(5),
                "communeName" character varying,
                "districtCode" character varying(10),
                "epci" character varying,
                "inQpv" boolean NOT NULL DEFAULT false,
                "qpvCode" character varying(20),
                "branchId" uuid,
                "branchOverridden" boolean NOT NULL DEFAULT false,
                "referentUserId" uuid,
                "entrySituations" "public"."entry_situation" array NOT NULL DEFAULT '{}',
                "educationLevel" "public"."education_level",
                "fseEmploymentStatus" "public"."fse_employment_status",
                "fseHouseholdSituation" "public"."fse_household_situation",
                "fseDisability" "public"."fse_answer",
                "fseThirdCountryNational" "public"."fse_answer",
                "fseForeignBackground" "public"."fse_answer",
                "fseMinority" "public"."fse_answer",
                "fseHomeless" "public"."fse_answer",
                "fseRuralArea" boolean,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1cda06c31eec1c95b3365a0283f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5f5006fbf0b425d506805ed057" ON "participants" ("branchId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4cd9dec5c5a95665bd79b8d5cc" ON "participants" ("referentUserId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_participants_programme" ON "participants" ("structureId", "programme")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_participants_birth_date" ON "participants" ("structureId", "birthDate")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_participants_first_name" ON "participants" ("structureId", "normalizedFirstName")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_participants_identity" ON "participants" (
                "structureId",
                "normalizedLastName",
                "normalizedFirstName",
                "birthDate"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "participant_sensitive_data" (
                "participantId" uuid NOT NULL,
                "healthNotes" text,
                "disabilityNotes" text,
                "socialNotes" text,
                "version" integer NOT NULL,
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedByUserId" uuid,
                CONSTRAINT "PK_d13a7cd14a02ba28c4dd93bb7ce" PRIMARY KEY ("participantId")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."path_status" AS ENUM(
                'PROPOSED',
                'AWAITING_COMMITTEE',
                'ACTIVE',
                'IN_JOB_FOLLOW_UP',
                'EXITED',
                'NOT_ADMITTED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."exit_reason" AS ENUM(
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
            CREATE TYPE "public"."fse_exit_result" AS ENUM(
                'JOB',
                'TRAINING',
                'QUALIFICATION',
                'JOB_SEARCH',
                'INACTIVE'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "plie_paths" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "participantId" uuid NOT NULL,
                "status" "public"."path_status" NOT NULL,
                "statusChangedOn" date NOT NULL,
                "prescriber" character varying NOT NULL,
                "orientedOn" date NOT NULL,
                "admittedOn" date,
                "followUpEndsOn" date,
                "exitDate" date,
                "exitReason" "public"."exit_reason",
                "exitPositive" boolean,
                "exitComment" text,
                "fseExitResults" "public"."fse_exit_result" array,
                "fseExitRecordedOn" date,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a0198afbd8defa5bd8f52d32ca2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plie_paths_participant_status" ON "plie_paths" ("participantId", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plie_paths_structure_status" ON "plie_paths" ("structureId", "status")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."path_transition_status" AS ENUM(
                'PROPOSED',
                'AWAITING_COMMITTEE',
                'ACTIVE',
                'IN_JOB_FOLLOW_UP',
                'EXITED',
                'NOT_ADMITTED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "plie_path_transitions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pathId" uuid NOT NULL,
                "fromStatus" "public"."path_transition_status",
                "toStatus" "public"."path_transition_status" NOT NULL,
                "effectiveOn" date NOT NULL,
                "recordedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "byUserId" uuid,
                "byApiKeyId" uuid,
                "trigger" character varying NOT NULL,
                "reason" text,
                "details" jsonb,
                CONSTRAINT "PK_de25afc90a4700fe551eaee235a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_73631edd76fd5725d46dc9259c" ON "plie_path_transitions" ("pathId")
        `);
    await queryRunner.query(`
            CREATE TABLE "plie_committees" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "date" date NOT NULL,
                "title" character varying NOT NULL,
                "location" character varying,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_726852a9f4d9c0c2128a4da1bdf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plie_committees_structure_date" ON "plie_committees" ("structureId", "date")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."committee_decision" AS ENUM('ADMITTED', 'POSTPONED', 'REFUSED')
        `);
    await queryRunner.query(`
            CREATE TABLE "plie_committee_files" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "committeeId" uuid NOT NULL,
                "pathId" uuid NOT NULL,
                "presentedByUserId" uuid,
                "presentedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decision" "public"."committee_decision",
                "reason" text,
                "decidedAt" TIMESTAMP WITH TIME ZONE,
                "decidedByUserId" uuid,
                CONSTRAINT "UQ_plie_committee_files_committee_path" UNIQUE ("committeeId", "pathId"),
                CONSTRAINT "PK_98a4313bf6f5dc347cfbab0d006" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_da8f2af4f71ec09e45da5f6aa8" ON "plie_committee_files" ("pathId")
        `);
    await queryRunner.query(`
            CREATE TABLE "plie_diagnoses" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pathId" uuid NOT NULL,
                "date" date NOT NULL,
                "summary" text NOT NULL,
                "professionalProject" text,
                "byUserId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0841b64baa34a33e8d84402ec19" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_02c0b2a979c55aca8b5514775f" ON "plie_diagnoses" ("pathId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."obstacle_kind" AS ENUM(
                'HEALTH',
                'HOUSING',
                'MOBILITY',
                'CHILDCARE',
                'LANGUAGE',
                'DIGITAL',
                'CONFIDENCE',
                'LEGAL',
                'FINANCIAL',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."obstacle_severity" AS ENUM('LOW', 'MEDIUM', 'HIGH')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."obstacle_status" AS ENUM('IDENTIFIED', 'IN_PROGRESS', 'LIFTED')
        `);
    await queryRunner.query(`
            CREATE TABLE "plie_obstacles" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pathId" uuid NOT NULL,
                "kind" "public"."obstacle_kind" NOT NULL,
                "severity" "public"."obstacle_severity" NOT NULL,
                "status" "public"."obstacle_status" NOT NULL DEFAULT 'IDENTIFIED',
                "note" text,
                "identifiedOn" date NOT NULL,
                "liftedOn" date,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_72a98ea2c2bb182e958c91e87ff" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_79634baea3218da0e7c5a571bd" ON "plie_obstacles" ("pathId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."follow_up_kind" AS ENUM('INTERVIEW', 'REMINDER', 'COLLECTIVE_MEETING')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."contact_mode" AS ENUM(
                'FACE_TO_FACE',
                'PHONE',
                'VIDEO',
                'EMAIL',
                'SMS',
                'LETTER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "plie_follow_ups" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pathId" uuid NOT NULL,
                "kind" "public"."follow_up_kind" NOT NULL,
                "date" date NOT NULL,
                "durationMinutes" integer,
                "mode" "public"."contact_mode",
                "summary" text,
                "topic" character varying,
                "answered" boolean,
                "attended" boolean,
                "byUserId" uuid,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_db3a82156117bfe8657bac3ab22" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plie_follow_ups_path_date" ON "plie_follow_ups" ("pathId", "date")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."step_kind" AS ENUM(
                'PLIE_ACTION',
                'COMMON_LAW_ACTION',
                'OBSTACLE_SUPPORT',
                'TRAINING',
                'IMMERSION',
                'JOB',
                'IAE',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."step_outcome" AS ENUM(
                'PLANNED',
                'IN_PROGRESS',
                'COMPLETED',
                'ABANDONED',
                'NOT_STARTED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."contract_type" AS ENUM(
                'CDI',
                'CDD',
                'INTERIM',
                'CDDI',
                'ALTERNANCE',
                'SUBSIDISED',
                'SELF_EMPLOYED',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "plie_steps" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pathId" uuid NOT NULL,
                "kind" "public"."step_kind" NOT NULL,
                "title" character varying NOT NULL,
                "organisation" character varying,
                "plannedStart" date NOT NULL,
                "plannedEnd" date,
                "actualStart" date,
                "actualEnd" date,
                "outcome" "public"."step_outcome" NOT NULL DEFAULT 'PLANNED',
                "outcomeNote" text,
                "qualifying" boolean NOT NULL DEFAULT false,
                "contractType" "public"."contract_type",
                "contractMonths" integer,
                "workingTimePercent" integer,
                "lastingJob" boolean NOT NULL DEFAULT false,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "createdByUserId" uuid,
                CONSTRAINT "PK_337103e14dbfc7d3c482faa1675" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e2cb8de1f2c620cb3541019b84" ON "plie_steps" ("pathId")
        `);
    await queryRunner.query(`
            ALTER TABLE "participants"
            ADD CONSTRAINT "FK_684f8b401198b78f4c2f2f57d89" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "participants"
            ADD CONSTRAINT "FK_5f5006fbf0b425d506805ed0574" FOREIGN KEY ("branchId") REFERENCES "branches"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "participants"
            ADD CONSTRAINT "FK_4cd9dec5c5a95665bd79b8d5cce" FOREIGN KEY ("referentUserId") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "participant_sensitive_data"
            ADD CONSTRAINT "FK_d13a7cd14a02ba28c4dd93bb7ce" FOREIGN KEY ("participantId") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths"
            ADD CONSTRAINT "FK_29efda24e8bcfa2d0cf9d8d679f" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths"
            ADD CONSTRAINT "FK_5f4c4ff14469000606d1da61560" FOREIGN KEY ("participantId") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_path_transitions"
            ADD CONSTRAINT "FK_73631edd76fd5725d46dc9259cc" FOREIGN KEY ("pathId") REFERENCES "plie_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_committees"
            ADD CONSTRAINT "FK_1455c09021ad1ad59510fd55a80" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_committee_files"
            ADD CONSTRAINT "FK_3bd2b94ec640526ecf02a823c43" FOREIGN KEY ("committeeId") REFERENCES "plie_committees"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_committee_files"
            ADD CONSTRAINT "FK_da8f2af4f71ec09e45da5f6aa87" FOREIGN KEY ("pathId") REFERENCES "plie_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_diagnoses"
            ADD CONSTRAINT "FK_02c0b2a979c55aca8b5514775fc" FOREIGN KEY ("pathId") REFERENCES "plie_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_obstacles"
            ADD CONSTRAINT "FK_79634baea3218da0e7c5a571bd3" FOREIGN KEY ("pathId") REFERENCES "plie_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_follow_ups"
            ADD CONSTRAINT "FK_bc2188546c4765182bacb59f1ed" FOREIGN KEY ("pathId") REFERENCES "plie_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_steps"
            ADD CONSTRAINT "FK_e2cb8de1f2c620cb3541019b840" FOREIGN KEY ("pathId") REFERENCES "plie_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "plie_steps" DROP CONSTRAINT "FK_e2cb8de1f2c620cb3541019b840"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_follow_ups" DROP CONSTRAINT "FK_bc2188546c4765182bacb59f1ed"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_obstacles" DROP CONSTRAINT "FK_79634baea3218da0e7c5a571bd3"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_diagnoses" DROP CONSTRAINT "FK_02c0b2a979c55aca8b5514775fc"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_committee_files" DROP CONSTRAINT "FK_da8f2af4f71ec09e45da5f6aa87"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_committee_files" DROP CONSTRAINT "FK_3bd2b94ec640526ecf02a823c43"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_committees" DROP CONSTRAINT "FK_1455c09021ad1ad59510fd55a80"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_path_transitions" DROP CONSTRAINT "FK_73631edd76fd5725d46dc9259cc"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths" DROP CONSTRAINT "FK_5f4c4ff14469000606d1da61560"
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_paths" DROP CONSTRAINT "FK_29efda24e8bcfa2d0cf9d8d679f"
        `);
    await queryRunner.query(`
            ALTER TABLE "participant_sensitive_data" DROP CONSTRAINT "FK_d13a7cd14a02ba28c4dd93bb7ce"
        `);
    await queryRunner.query(`
            ALTER TABLE "participants" DROP CONSTRAINT "FK_4cd9dec5c5a95665bd79b8d5cce"
        `);
    await queryRunner.query(`
            ALTER TABLE "participants" DROP CONSTRAINT "FK_5f5006fbf0b425d506805ed0574"
        `);
    await queryRunner.query(`
            ALTER TABLE "participants" DROP CONSTRAINT "FK_684f8b401198b78f4c2f2f57d89"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e2cb8de1f2c620cb3541019b84"
        `);
    await queryRunner.query(`
            DROP TABLE "plie_steps"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."contract_type"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."step_outcome"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."step_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_plie_follow_ups_path_date"
        `);
    await queryRunner.query(`
            DROP TABLE "plie_follow_ups"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."contact_mode"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."follow_up_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_79634baea3218da0e7c5a571bd"
        `);
    await queryRunner.query(`
            DROP TABLE "plie_obstacles"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."obstacle_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."obstacle_severity"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."obstacle_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_02c0b2a979c55aca8b5514775f"
        `);
    await queryRunner.query(`
            DROP TABLE "plie_diagnoses"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_da8f2af4f71ec09e45da5f6aa8"
        `);
    await queryRunner.query(`
            DROP TABLE "plie_committee_files"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."committee_decision"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_plie_committees_structure_date"
        `);
    await queryRunner.query(`
            DROP TABLE "plie_committees"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_73631edd76fd5725d46dc9259c"
        `);
    await queryRunner.query(`
            DROP TABLE "plie_path_transitions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."path_transition_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_plie_paths_structure_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_plie_paths_participant_status"
        `);
    await queryRunner.query(`
            DROP TABLE "plie_paths"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."fse_exit_result"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."exit_reason"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."path_status"
        `);
    await queryRunner.query(`
            DROP TABLE "participant_sensitive_data"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_participants_identity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_participants_first_name"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_participants_birth_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_participants_programme"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4cd9dec5c5a95665bd79b8d5cc"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5f5006fbf0b425d506805ed057"
        `);
    await queryRunner.query(`
            DROP TABLE "participants"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."fse_answer"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."fse_household_situation"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."fse_employment_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."education_level"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."entry_situation"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."sex"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."programme"
        `);
  }
}
