import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Breach suggestions set aside by the counsellor, the index of past promos, and a correction of the allowance's
 * coefficient rounding: the decree rounds nothing in between, so the coefficient keeps 10 decimals (it was rounded to
 * 3 to match domain.md's hand-made worked example; see docs/api.md, "Allocation CEJ").
 */
export class CejBreachReviewAndCohortPeriod1765100000500 implements MigrationInterface {
  name = 'CejBreachReviewAndCohortPeriod1765100000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "cej_actions"
            ADD "breachDismissedAt" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_actions"
            ADD "breachDismissalNote" text
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_actions"
            ADD "breachDismissedByUserId" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_cohorts_structure_end" ON "cej_cohorts" ("structureId", "endsOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cej_actions_unexcused" ON "cej_actions" ("contractId")
            WHERE "outcome" = 'NOT_DONE_UNEXCUSED'
                AND "breachDismissedAt" IS NULL
        `);
    await queryRunner.query(`
            UPDATE "cej_parameters" SET "value" = 10, "source" = 'Décret n° 2022-199 : pas d''arrondi intermédiaire, résultat arrondi au centime'
            WHERE "key" = 'DEGRESSIVE_COEFFICIENT_DECIMALS' AND "validFrom" = '2022-03-01'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            UPDATE "cej_parameters" SET "value" = 3, "source" = 'Arrondi de l''exemple de calcul (500 − 300 × 0,509 = 347,30)'
            WHERE "key" = 'DEGRESSIVE_COEFFICIENT_DECIMALS' AND "validFrom" = '2022-03-01'
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_actions_unexcused"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_cej_cohorts_structure_end"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_actions" DROP COLUMN "breachDismissedByUserId"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_actions" DROP COLUMN "breachDismissalNote"
        `);
    await queryRunner.query(`
            ALTER TABLE "cej_actions" DROP COLUMN "breachDismissedAt"
        `);
  }
}
