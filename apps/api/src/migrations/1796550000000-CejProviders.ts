import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Free-text provider names that match the provider of exactly one contracted lot of the operator (awarded, convention
 * signed, running on the workshop's day) become that lot; the others keep their text. Case and surrounding spaces
 * do not matter. $table is the workshops table, $structure how to reach the operator's structure id from it.
 */
const linkFreeTextProviders = (table: string, from: string, structure: string) => `
WITH candidates AS (
  SELECT w.id, l.id AS "lotId", count(*) OVER (PARTITION BY w.id) AS n
  FROM ${table} w ${from}
  JOIN lots l ON l."structureId" = ${structure} AND l."conventionSignedOn" IS NOT NULL AND w.date BETWEEN l."startsOn" AND l."endsOn"
  JOIN structures p ON p.id = l."awardedStructureId"
  WHERE w."lotId" IS NULL AND w.provider IS NOT NULL AND lower(btrim(p.name)) = lower(btrim(w.provider))
)
UPDATE ${table} t SET "lotId" = c."lotId", provider = NULL FROM candidates c WHERE c.id = t.id AND c.n = 1`;

/** Back to free text: a workshop linked to a lot gets its provider's name. */
const restoreFreeTextProviders = (table: string) => `
UPDATE ${table} t SET provider = p.name
FROM lots l JOIN structures p ON p.id = l."awardedStructureId"
WHERE l.id = t."lotId"`;

/**
 * CEJ providers: promo workshop days and digital workshops are paid by a contracted lot (its provider runs them and
 * receives the young people), a contract may be oriented to a lot's digital path, and providers write a monthly return
 * per young person. The providers named in free text are linked to their lot where the name matches (see above).
 * Reverting puts the provider's name back in the text and drops the monthly returns and digital-path orientations.
 */
export class CejProviders1796550000000 implements MigrationInterface {
  name = 'CejProviders1796550000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."cej_monthly_return_status" AS ENUM('DRAFT', 'SUBMITTED')
        `);
    await queryRunner.query(`
            CREATE TABLE "cej_monthly_returns" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "contractId" uuid NOT NULL,
                "lotId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "month" date NOT NULL,
                "progress" text NOT NULL DEFAULT '',
                "difficulties" text NOT NULL DEFAULT '',
                "status" "public"."cej_monthly_return_status" NOT NULL DEFAULT 'DRAFT',
                "submittedAt" TIMESTAMP WITH TIME ZONE,
                "submittedByUserId" uuid,
                "authorUserId" uuid,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_29642b0a19ef10fa737cc3daaf9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_monthly_returns_provider_month" ON "cej_monthly_returns" ("providerStructureId", "month")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_monthly_returns_contract_month" ON "cej_monthly_returns" ("contractId", "month")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_cej_monthly_returns_lot_contract_month" ON "cej_monthly_returns" ("lotId", "contractId", "month")
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohort_sessions"
            ADD "lotId" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts"
            ADD "digitalLotId" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_workshops"
            ADD "lotId" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_cohort_sessions_lot" ON "cej_cohort_sessions" ("lotId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_contracts_digital_lot" ON "cej_contracts" ("digitalLotId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_digital_workshops_lot" ON "cej_digital_workshops" ("lotId")
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohort_sessions"
            ADD CONSTRAINT "FK_dfbff9e5d79cb625c8ab09d0f8c" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts"
            ADD CONSTRAINT "FK_321d8b94bfe0b3de68dbc53bf52" FOREIGN KEY ("digitalLotId") REFERENCES "lots"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_monthly_returns"
            ADD CONSTRAINT "FK_7e78c1dbaa8c37bbded76784e79" FOREIGN KEY ("contractId") REFERENCES "cej_contracts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_monthly_returns"
            ADD CONSTRAINT "FK_e785bb487a65b2c9aa0302f883d" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_monthly_returns"
            ADD CONSTRAINT "FK_601b6167cadf8f782bcb6d0a51f" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_monthly_returns"
            ADD CONSTRAINT "FK_73fb358d95c67816c821e615deb" FOREIGN KEY ("providerStructureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_workshops"
            ADD CONSTRAINT "FK_ed02db80ba982cd704013bbe437" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(
      linkFreeTextProviders('cej_cohort_sessions', 'JOIN cej_cohorts k ON k.id = w."cohortId"', 'k."structureId"'),
    );
    await queryRunner.query(linkFreeTextProviders('cej_digital_workshops', '', 'w."structureId"'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(restoreFreeTextProviders('cej_cohort_sessions'));
    await queryRunner.query(restoreFreeTextProviders('cej_digital_workshops'));
    await queryRunner.query(`
            ALTER TABLE "cej_digital_workshops" DROP CONSTRAINT "FK_ed02db80ba982cd704013bbe437"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_monthly_returns" DROP CONSTRAINT "FK_73fb358d95c67816c821e615deb"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_monthly_returns" DROP CONSTRAINT "FK_601b6167cadf8f782bcb6d0a51f"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_monthly_returns" DROP CONSTRAINT "FK_e785bb487a65b2c9aa0302f883d"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_monthly_returns" DROP CONSTRAINT "FK_7e78c1dbaa8c37bbded76784e79"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts" DROP CONSTRAINT "FK_321d8b94bfe0b3de68dbc53bf52"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohort_sessions" DROP CONSTRAINT "FK_dfbff9e5d79cb625c8ab09d0f8c"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_digital_workshops_lot"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_contracts_digital_lot"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_cohort_sessions_lot"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_digital_workshops" DROP COLUMN "lotId"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_contracts" DROP COLUMN "digitalLotId"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_cohort_sessions" DROP COLUMN "lotId"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_cej_monthly_returns_lot_contract_month"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_monthly_returns_contract_month"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_monthly_returns_provider_month"
        `);
    await queryRunner.query(`
            DROP TABLE "cej_monthly_returns"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."cej_monthly_return_status"
        `);
  }
}
