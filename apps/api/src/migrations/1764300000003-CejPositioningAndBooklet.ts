import { MigrationInterface, QueryRunner } from 'typeorm';

export class CejPositioningAndBooklet1764300000003 implements MigrationInterface {
  name = 'CejPositioningAndBooklet1764300000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."cej_booklet_entry_kind" AS ENUM(
                'TUTOR_REVIEW',
                'INTERVIEW_REPORT',
                'YOUNG_PERSON_WORK',
                'SOCIAL_RESOURCE'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_booklet_entries" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "kind" "public"."cej_booklet_entry_kind" NOT NULL,
                "date" date NOT NULL,
                "title" character varying NOT NULL,
                "content" text NOT NULL,
                "author" character varying,
                "organisation" character varying,
                "actionId" uuid,
                "ratings" jsonb,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "createdByUserId" uuid,
                CONSTRAINT "PK_76fa0a43da5ec6e4d0db0f3ebd6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e7f855d36ad7d4b6b98a72f369" ON "cej_booklet_entries" ("actionId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_booklet_entries_contract_date" ON "cej_booklet_entries" ("contractId", "date")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_transversal_skill_status" AS ENUM('ACQUIRED', 'TO_WORK_ON')
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_transversal_skills" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "label" character varying NOT NULL,
                "status" "public"."cej_transversal_skill_status" NOT NULL,
                "transposition" text,
                "version" integer NOT NULL,
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_296e81112edba6683804f0e645d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_720ff9affca9311b51dbdabab3" ON "cej_transversal_skills" ("contractId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_market_knowledge_kind" AS ENUM('SECTOR', 'COMPANY', 'JOB')
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_market_knowledge" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "kind" "public"."cej_market_knowledge_kind" NOT NULL,
                "name" character varying NOT NULL,
                "commune" character varying,
                "distanceKm" integer,
                "seasonality" character varying,
                "note" text,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2a14146aaf2792652f0701cb363" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ea07862bee34db6489b62d93c1" ON "cej_market_knowledge" ("contractId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_final_evaluation_theme" AS ENUM(
                'PROFESSIONAL_PROJECT',
                'JOB_SEARCH',
                'COMPANY_EXPERIENCE',
                'SOFT_SKILLS',
                'SOCIAL_AUTONOMY',
                'FUNDAMENTAL_KNOWLEDGE',
                'DIGITAL'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_final_evaluations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "theme" "public"."cej_final_evaluation_theme" NOT NULL,
                "skillsAcquired" text NOT NULL DEFAULT '',
                "progress" text NOT NULL DEFAULT '',
                "areasToImprove" text NOT NULL DEFAULT '',
                "version" integer NOT NULL,
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedByUserId" uuid,
                CONSTRAINT "UQ_cej_final_evaluations_contract_theme" UNIQUE ("contractId", "theme"),
                CONSTRAINT "PK_632d2d4cc995d8e2f823bb8f480" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_positioning_milestone" AS ENUM(
                'INITIAL',
                'SIX_MONTHS',
                'TWELVE_MONTHS',
                'RENEWAL'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_positionings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "milestone" "public"."cej_positioning_milestone" NOT NULL,
                "renewalId" uuid,
                "date" date NOT NULL,
                "youngPersonComment" text,
                "counsellorComment" text,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "recordedByUserId" uuid,
                CONSTRAINT "PK_3ca91ca6a89b722fab76faf9f24" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f2d3604ad9adc16d4aee548b75" ON "cej_positionings" ("renewalId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_positionings_contract_milestone" ON "cej_positionings" ("contractId", "milestone")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_positioning_field" AS ENUM(
                'SOCIAL',
                'PROFESSIONAL',
                'FUNDAMENTAL_KNOWLEDGE'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_positioning_scores" (
                "positioningId" uuid NOT NULL,
                "skill" character varying NOT NULL,
                "field" "public"."cej_positioning_field" NOT NULL,
                "score" integer NOT NULL,
                CONSTRAINT "PK_2a19328dcec482d21d5314d6b13" PRIMARY KEY ("positioningId", "skill")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_booklet_entries"
            ADD CONSTRAINT "FK_f0148153d1efad27707e8c50a2e" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_booklet_entries"
            ADD CONSTRAINT "FK_e7f855d36ad7d4b6b98a72f3690" FOREIGN KEY ("actionId") REFERENCES "cej_actions"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_transversal_skills"
            ADD CONSTRAINT "FK_720ff9affca9311b51dbdabab3c" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_market_knowledge"
            ADD CONSTRAINT "FK_ea07862bee34db6489b62d93c16" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_final_evaluations"
            ADD CONSTRAINT "FK_071001d178564123cf534dcc110" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_positionings"
            ADD CONSTRAINT "FK_9fb1df1d94bb5f399b6ef232dbe" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_positionings"
            ADD CONSTRAINT "FK_f2d3604ad9adc16d4aee548b750" FOREIGN KEY ("renewalId") REFERENCES "cej_renewals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_positioning_scores"
            ADD CONSTRAINT "FK_4942df246f5636b304eca53302f" FOREIGN KEY ("positioningId") REFERENCES "cej_positionings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "cej_positioning_scores" DROP CONSTRAINT "FK_4942df246f5636b304eca53302f"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_positionings" DROP CONSTRAINT "FK_f2d3604ad9adc16d4aee548b750"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_positionings" DROP CONSTRAINT "FK_9fb1df1d94bb5f399b6ef232dbe"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_final_evaluations" DROP CONSTRAINT "FK_071001d178564123cf534dcc110"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_market_knowledge" DROP CONSTRAINT "FK_ea07862bee34db6489b62d93c16"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_transversal_skills" DROP CONSTRAINT "FK_720ff9affca9311b51dbdabab3c"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_booklet_entries" DROP CONSTRAINT "FK_e7f855d36ad7d4b6b98a72f3690"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_booklet_entries" DROP CONSTRAINT "FK_f0148153d1efad27707e8c50a2e"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_positioning_scores"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_positioning_field"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_positionings_contract_milestone"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f2d3604ad9adc16d4aee548b75"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_positionings"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_positioning_milestone"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_final_evaluations"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_final_evaluation_theme"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ea07862bee34db6489b62d93c1"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_market_knowledge"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_market_knowledge_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_720ff9affca9311b51dbdabab3"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_transversal_skills"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_transversal_skill_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_booklet_entries_contract_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e7f855d36ad7d4b6b98a72f369"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_booklet_entries"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_booklet_entry_kind"
        `);
  }
}
