import { MigrationInterface, QueryRunner } from 'typeorm';

export class CejContracts1764300000000 implements MigrationInterface {
  name = 'CejContracts1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."cej_parameter_key" AS ENUM(
                'ALLOWANCE_ADULT_NON_TAXABLE',
                'ALLOWANCE_ADULT_FIRST_BRACKET',
                'ALLOWANCE_MINOR',
                'SMIC_GROSS_MONTHLY',
                'ACTIVITY_INCOME_THRESHOLD',
                'SMIC_FACTOR',
                'DEGRESSIVE_COEFFICIENT_DECIMALS',
                'WEEKLY_HOURS_MIN',
                'WEEKLY_HOURS_MAX',
                'ATTENDANCE_RATE_MIN',
                'COMPANY_DAYS_TARGET'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_parameters" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "key" "public"."cej_parameter_key" NOT NULL,
                "validFrom" date NOT NULL,
                "value" numeric(12, 4) NOT NULL,
                "source" text,
                "recordedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "recordedByUserId" uuid,
                CONSTRAINT "UQ_cej_parameters_key_valid_from" UNIQUE ("key", "validFrom"),
                CONSTRAINT "PK_bfc4b35c81d93ebc167260db135" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_cohorts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "name" character varying NOT NULL,
                "branchId" uuid,
                "counsellorUserId" uuid NOT NULL,
                "startsOn" date NOT NULL,
                "endsOn" date NOT NULL,
                "location" character varying,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_84c4082db8e203cfee3b9b627d9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_cohorts_structure_branch" ON "cej_cohorts" ("structureId", "branchId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_cohorts_structure_counsellor" ON "cej_cohorts" ("structureId", "counsellorUserId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_cohorts_structure_start" ON "cej_cohorts" ("structureId", "startsOn")
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_cohort_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohortId" uuid NOT NULL,
                "date" date NOT NULL,
                "title" character varying NOT NULL,
                "provider" character varying,
                "hours" numeric(5, 2) NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f12800509f6517adf3bceb07a1c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_cohort_sessions_cohort_date" ON "cej_cohort_sessions" ("cohortId", "date")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_contract_status" AS ENUM('DRAFT', 'ACTIVE', 'SUSPENDED', 'ENDED')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."household_tax_bracket" AS ENUM(
                'NON_TAXABLE',
                'FIRST_BRACKET',
                'ABOVE_FIRST_BRACKET'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_exit_reason" AS ENUM(
                'LASTING_JOB',
                'QUALIFYING_TRAINING',
                'OTHER_SOLUTION',
                'DROP_OUT',
                'MOVED',
                'END_WITHOUT_SOLUTION',
                'SANCTION',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_contracts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "participantId" uuid NOT NULL,
                "counsellorUserId" uuid NOT NULL,
                "branchId" uuid,
                "cohortId" uuid,
                "status" "public"."cej_contract_status" NOT NULL,
                "statusChangedOn" date NOT NULL,
                "startOn" date NOT NULL,
                "initialMonths" integer NOT NULL,
                "endOn" date NOT NULL,
                "signedOn" date,
                "ageAtSignature" integer,
                "householdTaxBracket" "public"."household_tax_bracket" NOT NULL,
                "endedOn" date,
                "exitReason" "public"."cej_exit_reason",
                "exitPositive" boolean,
                "exitComment" text,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "createdByUserId" uuid,
                CONSTRAINT "PK_a95ff4837ccc47623d0b4d38748" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c275fedbb6cf4000a63652ad56" ON "cej_contracts" ("participantId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ab57d47bdb5d2ca1698c8ceced" ON "cej_contracts" ("cohortId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_contracts_structure_start" ON "cej_contracts" ("structureId", "startOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_contracts_structure_branch" ON "cej_contracts" ("structureId", "branchId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_contracts_counsellor_status" ON "cej_contracts" ("counsellorUserId", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_contracts_structure_status" ON "cej_contracts" ("structureId", "status")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_transition_kind" AS ENUM('SIGN', 'SUSPEND', 'RESUME', 'RENEW', 'END')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_event_from_status" AS ENUM('DRAFT', 'ACTIVE', 'SUSPENDED', 'ENDED')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_event_to_status" AS ENUM('DRAFT', 'ACTIVE', 'SUSPENDED', 'ENDED')
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_contract_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "kind" "public"."cej_transition_kind" NOT NULL,
                "fromStatus" "public"."cej_event_from_status" NOT NULL,
                "toStatus" "public"."cej_event_to_status" NOT NULL,
                "effectiveOn" date NOT NULL,
                "recordedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "byUserId" uuid,
                "byApiKeyId" uuid,
                "reason" text,
                CONSTRAINT "PK_7d6d534ddd33fe4b3887d504706" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ba1c5e0e3ecfb9d2cb51b4fb18" ON "cej_contract_events" ("contractId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_suspension_reason" AS ENUM(
                'HEALTH',
                'FAMILY',
                'SHORT_JOB',
                'TRAINING',
                'CIVIC_SERVICE',
                'OTHER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_suspensions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "reason" "public"."cej_suspension_reason" NOT NULL,
                "note" text,
                "fromOn" date NOT NULL,
                "expectedUntil" date,
                "resumedOn" date,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "byUserId" uuid,
                CONSTRAINT "PK_0c9cc6c3bcceb8427561644e05a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_7614db90769baa15909568e525" ON "cej_suspensions" ("contractId")
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_renewals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "commissionOn" date NOT NULL,
                "opinion" text NOT NULL,
                "previousEndOn" date NOT NULL,
                "newEndOn" date NOT NULL,
                "exceptional" boolean NOT NULL DEFAULT false,
                "exceptionalJustification" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decidedByUserId" uuid,
                CONSTRAINT "PK_9a87793a66051c8137303a977cf" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_123b051a741b5a6252c3c13186" ON "cej_renewals" ("contractId")
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohorts"
            ADD CONSTRAINT "FK_4354efb4d45033a6fa14693c43d" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohorts"
            ADD CONSTRAINT "FK_5adaf3ceb9d2680b31520ad3005" FOREIGN KEY ("branchId") REFERENCES "branches"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohorts"
            ADD CONSTRAINT "FK_7dbdab8314ac578068bbad2e23d" FOREIGN KEY ("counsellorUserId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohort_sessions"
            ADD CONSTRAINT "FK_2106ba7de77d52db231ca1eafa2" FOREIGN KEY ("cohortId") REFERENCES "cej_cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts"
            ADD CONSTRAINT "FK_ca4c3b81059b4f6b707efede09d" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts"
            ADD CONSTRAINT "FK_c275fedbb6cf4000a63652ad56d" FOREIGN KEY ("participantId") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts"
            ADD CONSTRAINT "FK_ce68198c3ea0be407fe70ba8601" FOREIGN KEY ("counsellorUserId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts"
            ADD CONSTRAINT "FK_5cff43283f83c428c7836a04bc8" FOREIGN KEY ("branchId") REFERENCES "branches"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts"
            ADD CONSTRAINT "FK_ab57d47bdb5d2ca1698c8cecedf" FOREIGN KEY ("cohortId") REFERENCES "cej_cohorts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contract_events"
            ADD CONSTRAINT "FK_ba1c5e0e3ecfb9d2cb51b4fb18d" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_suspensions"
            ADD CONSTRAINT "FK_7614db90769baa15909568e5250" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_renewals"
            ADD CONSTRAINT "FK_123b051a741b5a6252c3c131867" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "cej_renewals" DROP CONSTRAINT "FK_123b051a741b5a6252c3c131867"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_suspensions" DROP CONSTRAINT "FK_7614db90769baa15909568e5250"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contract_events" DROP CONSTRAINT "FK_ba1c5e0e3ecfb9d2cb51b4fb18d"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts" DROP CONSTRAINT "FK_ab57d47bdb5d2ca1698c8cecedf"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts" DROP CONSTRAINT "FK_5cff43283f83c428c7836a04bc8"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts" DROP CONSTRAINT "FK_ce68198c3ea0be407fe70ba8601"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts" DROP CONSTRAINT "FK_c275fedbb6cf4000a63652ad56d"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts" DROP CONSTRAINT "FK_ca4c3b81059b4f6b707efede09d"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohort_sessions" DROP CONSTRAINT "FK_2106ba7de77d52db231ca1eafa2"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohorts" DROP CONSTRAINT "FK_7dbdab8314ac578068bbad2e23d"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohorts" DROP CONSTRAINT "FK_5adaf3ceb9d2680b31520ad3005"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohorts" DROP CONSTRAINT "FK_4354efb4d45033a6fa14693c43d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_123b051a741b5a6252c3c13186"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_renewals"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_7614db90769baa15909568e525"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_suspensions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_suspension_reason"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ba1c5e0e3ecfb9d2cb51b4fb18"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_contract_events"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_event_to_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_event_from_status"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_transition_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_contracts_structure_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_contracts_counsellor_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_contracts_structure_branch"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_contracts_structure_start"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ab57d47bdb5d2ca1698c8ceced"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c275fedbb6cf4000a63652ad56"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_contracts"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_exit_reason"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."household_tax_bracket"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_contract_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_cohort_sessions_cohort_date"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_cohort_sessions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_cohorts_structure_start"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_cohorts_structure_counsellor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_cohorts_structure_branch"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_cohorts"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_parameters"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_parameter_key"
        `);
  }
}
