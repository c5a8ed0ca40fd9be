import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Networks (regional association, department, DREETS): a structure kind that groups member structures, and the role
 * of its analysts, who read aggregated figures only.
 */
export class Networks1796300000000 implements MigrationInterface {
  name = 'Networks1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."structure_kind" ADD VALUE 'NETWORK'`);
    await queryRunner.query(`ALTER TYPE "public"."role" ADD VALUE 'NETWORK_ANALYST'`);
    await queryRunner.query(`
            CREATE TABLE "network_members" (
                "networkId" uuid NOT NULL,
                "memberId" uuid NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_245a593733b1286fde51b5e660a" PRIMARY KEY ("networkId", "memberId")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_cd4eacc741dd0c50a6927a034f" ON "network_members" ("memberId")
        `);
    await queryRunner.query(`
            ALTER TABLE "network_members"
            ADD CONSTRAINT "FK_f1a35b436ae446c397c9e9a6e93" FOREIGN KEY ("networkId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "network_members"
            ADD CONSTRAINT "FK_cd4eacc741dd0c50a6927a034f8" FOREIGN KEY ("memberId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  /** PostgreSQL cannot drop an enum value: the types are rebuilt without it, after the rows that use it are gone. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "network_members"`);
    await queryRunner.query(`DELETE FROM "memberships" WHERE "role" = 'NETWORK_ANALYST'`);
    await queryRunner.query(`DELETE FROM "structures" WHERE "kind" = 'NETWORK'`);
    await queryRunner.query(`ALTER TYPE "public"."role" RENAME TO "role_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."role" AS ENUM('PLATFORM_ADMIN', 'DIRECTOR', 'COORDINATOR', 'COUNSELLOR', 'PROVIDER_STAFF', 'CONTROLLER')`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ALTER COLUMN "role" TYPE "public"."role" USING "role"::text::"public"."role"`,
    );
    await queryRunner.query(`DROP TYPE "public"."role_old"`);
    await queryRunner.query(`ALTER TYPE "public"."structure_kind" RENAME TO "structure_kind_old"`);
    await queryRunner.query(`CREATE TYPE "public"."structure_kind" AS ENUM('OPERATOR', 'PROVIDER')`);
    await queryRunner.query(
      `ALTER TABLE "structures" ALTER COLUMN "kind" TYPE "public"."structure_kind" USING "kind"::text::"public"."structure_kind"`,
    );
    await queryRunner.query(`DROP TYPE "public"."structure_kind_old"`);
  }
}
