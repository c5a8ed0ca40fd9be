import { MigrationInterface, QueryRunner } from 'typeorm';

export class CejPlanningAndAllowance1764300000002 implements MigrationInterface {
  name = 'CejPlanningAndAllowance1764300000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."cej_action_kind" AS ENUM(
                'WORKSHOP',
                'INTERVIEW',
                'IMMERSION_DAY',
                'JOB',
                'TRAINING',
                'PERSONAL_STEP'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_action_outcome" AS ENUM(
                'PLANNED',
                'DONE',
                'PARTLY_DONE',
                'NOT_DONE_EXCUSED',
                'NOT_DONE_UNEXCUSED'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_self_evaluation" AS ENUM(
                'VERY_SATISFIED',
                'SATISFIED',
                'PARTLY_SATISFIED',
                'NOT_SATISFIED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_actions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "date" date NOT NULL,
                "kind" "public"."cej_action_kind" NOT NULL,
                "title" character varying NOT NULL,
                "organisation" character varying,
                "plannedHours" numeric(5, 2) NOT NULL,
                "outcome" "public"."cej_action_outcome" NOT NULL DEFAULT 'PLANNED',
                "doneHours" numeric(5, 2),
                "outcomeNote" text,
                "lastingJob" boolean NOT NULL DEFAULT false,
                "objective" text,
                "selfEvaluation" "public"."cej_self_evaluation",
                "selfEvaluationNote" text,
                "cohortSessionId" uuid,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "createdByUserId" uuid,
                CONSTRAINT "UQ_cej_actions_contract_session" UNIQUE ("contractId", "cohortSessionId"),
                CONSTRAINT "PK_5de535b72e80a003e9d1d87b7fc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1d4a19eaf878778a9afc4d1167" ON "cej_actions" ("cohortSessionId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_actions_contract_kind_date" ON "cej_actions" ("contractId", "kind", "date")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_actions_contract_date" ON "cej_actions" ("contractId", "date")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_declaration_tax_bracket" AS ENUM(
                'NON_TAXABLE',
                'FIRST_BRACKET',
                'ABOVE_FIRST_BRACKET'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_income_declarations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "month" date NOT NULL,
                "activityIncome" numeric(10, 2) NOT NULL,
                "fullDeductionIncome" numeric(10, 2) NOT NULL DEFAULT '0',
                "taxBracket" "public"."cej_declaration_tax_bracket" NOT NULL,
                "declaredOn" date NOT NULL,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "recordedByUserId" uuid,
                CONSTRAINT "UQ_cej_income_declarations_contract_month" UNIQUE ("contractId", "month"),
                CONSTRAINT "PK_c4d9f60a404934cb709a9e7af8b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_breaches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "occurredOn" date NOT NULL,
                "rank" integer NOT NULL,
                "actionId" uuid,
                "note" text NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "recordedByUserId" uuid,
                CONSTRAINT "UQ_cej_breaches_contract_rank" UNIQUE ("contractId", "rank"),
                CONSTRAINT "PK_218e7b9139194eca68361f65d76" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b5796cad99987d982371d8fcee" ON "cej_breaches" ("actionId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_breaches_contract_date" ON "cej_breaches" ("contractId", "occurredOn")
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_actions"
            ADD CONSTRAINT "FK_242e7d287e17edf3cb02a7cac21" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_actions"
            ADD CONSTRAINT "FK_1d4a19eaf878778a9afc4d1167e" FOREIGN KEY ("cohortSessionId") REFERENCES "cej_cohort_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_income_declarations"
            ADD CONSTRAINT "FK_ca1981dbc701c88bdf932781b24" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_breaches"
            ADD CONSTRAINT "FK_06e790cbed707323fed5b42cd6d" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_breaches"
            ADD CONSTRAINT "FK_b5796cad99987d982371d8fceed" FOREIGN KEY ("actionId") REFERENCES "cej_actions"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "cej_breaches" DROP CONSTRAINT "FK_b5796cad99987d982371d8fceed"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_breaches" DROP CONSTRAINT "FK_06e790cbed707323fed5b42cd6d"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_income_declarations" DROP CONSTRAINT "FK_ca1981dbc701c88bdf932781b24"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_actions" DROP CONSTRAINT "FK_1d4a19eaf878778a9afc4d1167e"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_actions" DROP CONSTRAINT "FK_242e7d287e17edf3cb02a7cac21"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_breaches_contract_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b5796cad99987d982371d8fcee"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_breaches"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_income_declarations"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_declaration_tax_bracket"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_actions_contract_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_actions_contract_kind_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1d4a19eaf878778a9afc4d1167"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_actions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_self_evaluation"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_action_outcome"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_action_kind"
        `);
  }
}
