import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorMeasuresExitsSheetsWait1765000000000 implements MigrationInterface {
  name = 'IndicatorMeasuresExitsSheetsWait1765000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "payment_indicators"
            ADD "exitReason" "public"."action_exit_reason"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."indicator_measure"
            RENAME TO "indicator_measure_old"
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."indicator_measure" AS ENUM(
                'ACTIVE_FILE',
                'HOURS',
                'WORKSHOPS_RUN',
                'INTERVIEWS',
                'ASSESSMENTS_DONE',
                'EXITS',
                'SHEETS_ON_TIME',
                'FIRST_APPOINTMENT_WAIT'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_indicators"
            ALTER COLUMN "measure" TYPE "public"."indicator_measure" USING "measure"::"text"::"public"."indicator_measure"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."indicator_measure_old"
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."indicator_measure_old" AS ENUM(
                'ACTIVE_FILE',
                'HOURS',
                'WORKSHOPS_RUN',
                'INTERVIEWS',
                'ASSESSMENTS_DONE'
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_indicators"
            ALTER COLUMN "measure" TYPE "public"."indicator_measure_old" USING "measure"::"text"::"public"."indicator_measure_old"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."indicator_measure"
        `);
    await queryRunner.query(`
            ALTER TYPE "public"."indicator_measure_old"
            RENAME TO "indicator_measure"
        `);
    await queryRunner.query(`
            ALTER TABLE "payment_indicators" DROP COLUMN "exitReason"
        `);
  }
}
