import { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys may be given an end of validity. */
export class ApiKeyExpiry1765200000300 implements MigrationInterface {
  name = 'ApiKeyExpiry1765200000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "api_keys"
            ADD "expiresAt" TIMESTAMP WITH TIME ZONE
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "api_keys" DROP COLUMN "expiresAt"
        `);
  }
}
