import { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys may be given an end of validity. */
export class ApiKeyExpiry1796296261499 implements MigrationInterface {
  name = 'ApiKeyExpiry1796296261499';

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
