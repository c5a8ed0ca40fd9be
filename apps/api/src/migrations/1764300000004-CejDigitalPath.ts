import { MigrationInterface, QueryRunner } from 'typeorm';

export class CejDigitalPath1764300000004 implements MigrationInterface {
  name = 'CejDigitalPath1764300000004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "cej_pix_diagnostics" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "date" date NOT NULL,
                "note" text,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "recordedByUserId" uuid,
                CONSTRAINT "PK_32dc8f5111017128466d13cbcc7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_pix_diagnostics_contract_date" ON "cej_pix_diagnostics" ("contractId", "date")
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_pix_scores" (
                "diagnosticId" uuid NOT NULL,
                "competence" character varying NOT NULL,
                "pix" integer NOT NULL,
                CONSTRAINT "PK_2ff985fe5fd37b48b7256133b90" PRIMARY KEY ("diagnosticId", "competence")
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_digital_plan_item_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED')
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_digital_plan_items" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "competence" character varying,
                "objective" text NOT NULL,
                "status" "public"."cej_digital_plan_item_status" NOT NULL DEFAULT 'PLANNED',
                "dueOn" date,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f1120a194c59d8ce9e26d36ef0d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_3a31ec667a44a26629073aeee5" ON "cej_digital_plan_items" ("contractId")
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_digital_workshops" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "branchId" uuid,
                "title" character varying NOT NULL,
                "date" date NOT NULL,
                "hours" numeric(5, 2) NOT NULL,
                "provider" character varying,
                "capacity" integer,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ef33c35b24e9c8a423d51a2cfb6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_digital_workshops_structure_branch" ON "cej_digital_workshops" ("structureId", "branchId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_digital_workshops_structure_date" ON "cej_digital_workshops" ("structureId", "date")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_workshop_attendance" AS ENUM(
                'ENROLLED',
                'ATTENDED',
                'ABSENT_EXCUSED',
                'ABSENT_UNEXCUSED'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_digital_enrolments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "workshopId" uuid NOT NULL,
                "contractId" uuid NOT NULL,
                "attendance" "public"."cej_workshop_attendance" NOT NULL DEFAULT 'ENROLLED',
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_cej_digital_enrolments_workshop_contract" UNIQUE ("workshopId", "contractId"),
                CONSTRAINT "PK_2c81a28e437c498b8f70590a582" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4537a8bef89c5dcca3ab2140c3" ON "cej_digital_enrolments" ("contractId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."cej_digital_certification_kind" AS ENUM('PIX', 'CLEA_NUMERIQUE', 'PCIE', 'OTHER')
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_digital_certifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "kind" "public"."cej_digital_certification_kind" NOT NULL,
                "obtainedOn" date NOT NULL,
                "result" character varying,
                "reference" character varying,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a382268946cea507b92390181eb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_digital_certifications_contract_date" ON "cej_digital_certifications" ("contractId", "obtainedOn")
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_pix_diagnostics"
            ADD CONSTRAINT "FK_0c719fb99193d6174e18043ee4b" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_pix_scores"
            ADD CONSTRAINT "FK_053ba2fda1a7b76e8e103819c29" FOREIGN KEY ("diagnosticId") REFERENCES "cej_pix_diagnostics"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_plan_items"
            ADD CONSTRAINT "FK_3a31ec667a44a26629073aeee51" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_workshops"
            ADD CONSTRAINT "FK_754483b34240a3a11ce1ff260d4" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_workshops"
            ADD CONSTRAINT "FK_768a41d6cec25bb56b6de66f7f6" FOREIGN KEY ("branchId") REFERENCES "branches"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_enrolments"
            ADD CONSTRAINT "FK_a27655966068be843db5650c0e1" FOREIGN KEY ("workshopId") REFERENCES "cej_digital_workshops"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_enrolments"
            ADD CONSTRAINT "FK_4537a8bef89c5dcca3ab2140c36" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_certifications"
            ADD CONSTRAINT "FK_bb851e81954c578e28193517199" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "cej_digital_certifications" DROP CONSTRAINT "FK_bb851e81954c578e28193517199"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_enrolments" DROP CONSTRAINT "FK_4537a8bef89c5dcca3ab2140c36"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_enrolments" DROP CONSTRAINT "FK_a27655966068be843db5650c0e1"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_workshops" DROP CONSTRAINT "FK_768a41d6cec25bb56b6de66f7f6"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_workshops" DROP CONSTRAINT "FK_754483b34240a3a11ce1ff260d4"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_plan_items" DROP CONSTRAINT "FK_3a31ec667a44a26629073aeee51"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_pix_scores" DROP CONSTRAINT "FK_053ba2fda1a7b76e8e103819c29"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_pix_diagnostics" DROP CONSTRAINT "FK_0c719fb99193d6174e18043ee4b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_digital_certifications_contract_date"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_digital_certifications"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_digital_certification_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4537a8bef89c5dcca3ab2140c3"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_digital_enrolments"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_workshop_attendance"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_digital_workshops_structure_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_digital_workshops_structure_branch"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_digital_workshops"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3a31ec667a44a26629073aeee5"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_digital_plan_items"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_digital_plan_item_status"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_pix_scores"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_pix_diagnostics_contract_date"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_pix_diagnostics"
        `);
  }
}
