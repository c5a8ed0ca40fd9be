import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in sessions (issue 12): access tokens carry the session id and die with it; refresh tokens belong to a session
 * and record their successor. Existing refresh tokens are deleted: every user signs in again once (the web client
 * no longer keeps the token in localStorage, so those tokens could not be used from a browser anyway).
 */
export class AuthSessions1796300000500 implements MigrationInterface {
  name = 'AuthSessions1796300000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_40e9a8b923a1b3fb4429a5c624"
        `);
    await queryRunner.query(`
            CREATE TABLE "auth_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "userId" uuid NOT NULL,
                "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revokedAt" TIMESTAMP WITH TIME ZONE,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_925b24d7fc2f9324ce972aee02" ON "auth_sessions" ("userId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_4d5b325649caf1628a6e2e2be1" ON "auth_sessions" ("expiresAt")
        `);
    await queryRunner.query(`
            DELETE FROM "refresh_tokens"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP COLUMN "familyId"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP COLUMN "revokedAt"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD "sessionId" uuid NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD "successorId" uuid
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD "successorSeal" text
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_b25a58a00578bd1b7a01623d2d" ON "refresh_tokens" ("sessionId")
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions"
            ADD CONSTRAINT "FK_925b24d7fc2f9324ce972aee025" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_b25a58a00578bd1b7a01623d2dd" FOREIGN KEY ("sessionId") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_b25a58a00578bd1b7a01623d2dd"
        `);
    await queryRunner.query(`
            ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_925b24d7fc2f9324ce972aee025"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b25a58a00578bd1b7a01623d2d"
        `);
    await queryRunner.query(`
            DELETE FROM "refresh_tokens"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP COLUMN "successorSeal"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP COLUMN "successorId"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP COLUMN "sessionId"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD "revokedAt" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD "familyId" uuid NOT NULL
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_4d5b325649caf1628a6e2e2be1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_925b24d7fc2f9324ce972aee02"
        `);
    await queryRunner.query(`
            DROP TABLE "auth_sessions"
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_40e9a8b923a1b3fb4429a5c624" ON "refresh_tokens" ("familyId")
        `);
  }
}
