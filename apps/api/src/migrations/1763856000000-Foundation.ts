import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763856000000 implements MigrationInterface {
  name = 'Foundation1763856000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_logs" (
                "id" BIGSERIAL NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "structureId" uuid,
                "actorUserId" uuid,
                "actorApiKeyId" uuid,
                "action" character varying NOT NULL,
                "entityType" character varying NOT NULL,
                "entityId" character varying,
                "details" jsonb,
                "requestId" character varying,
                CONSTRAINT "PK_1bb179d048bbc581caa3b013439" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_logs_structure_at" ON "audit_logs" ("structureId", "at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_logs_entity" ON "audit_logs" ("entityType", "entityId", "at")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."structure_kind" AS ENUM('OPERATOR', 'PROVIDER')
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."operator_type" AS ENUM('MISSION_LOCALE', 'PLIE')
        `);
    await queryRunner.query(`
            CREATE TABLE "structures" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."structure_kind" NOT NULL,
                "operatorType" "public"."operator_type",
                "name" character varying NOT NULL,
                "siret" character varying(14) NOT NULL,
                "addressLine" character varying NOT NULL,
                "postalCode" character varying(5) NOT NULL,
                "city" character varying NOT NULL,
                "territory" character varying NOT NULL,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_392d41b28d3ff6c67a9a93c9800" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ff5e3abe69e453580d802af83a" ON "structures" ("name")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3f92d0e0fc66f5fd6037a7e0e8" ON "structures" ("siret")
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying NOT NULL,
                "fullName" character varying NOT NULL,
                "passwordHash" character varying NOT NULL,
                "failedLoginCount" integer NOT NULL DEFAULT '0',
                "lockedUntil" TIMESTAMP WITH TIME ZONE,
                "lastLoginAt" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."role" AS ENUM(
                'PLATFORM_ADMIN',
                'DIRECTOR',
                'COORDINATOR',
                'COUNSELLOR',
                'PROVIDER_STAFF',
                'CONTROLLER'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "memberships" (
                "userId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "role" "public"."role" NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4f17cb512845ce28f782064048d" PRIMARY KEY ("userId", "structureId")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_5ce5bce94f5fe326bae2ee527f" ON "memberships" ("structureId")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "userId" uuid NOT NULL,
                "familyId" uuid NOT NULL,
                "tokenHash" character varying NOT NULL,
                "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revokedAt" TIMESTAMP WITH TIME ZONE,
                "rotatedAt" TIMESTAMP WITH TIME ZONE,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_610102b60fea1455310ccd299d" ON "refresh_tokens" ("userId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_40e9a8b923a1b3fb4429a5c624" ON "refresh_tokens" ("familyId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_56b91d98f71e3d1b649ed6e9f3" ON "refresh_tokens" ("expiresAt")
        `);
    await queryRunner.query(`
            CREATE TABLE "api_keys" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "name" character varying NOT NULL,
                "prefix" character varying NOT NULL,
                "secretHash" character varying NOT NULL,
                "scopes" text array NOT NULL,
                "createdById" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "lastUsedAt" TIMESTAMP WITH TIME ZONE,
                "revokedAt" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_90d7ca88c9f5619d8b0cf6b582" ON "api_keys" ("structureId")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_6f6105c8efe05b310d046cbdb3" ON "api_keys" ("prefix")
        `);
    await queryRunner.query(`
            CREATE TABLE "branches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "name" character varying NOT NULL,
                "code" character varying NOT NULL,
                "version" integer NOT NULL,
                CONSTRAINT "UQ_branches_structure_code" UNIQUE ("structureId", "code"),
                CONSTRAINT "PK_7f37d3b42defea97f1df0d19535" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_d1fba2c51998410f38dd2e32c5" ON "branches" ("structureId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."branch_area_kind" AS ENUM('COMMUNE', 'DISTRICT')
        `);
    await queryRunner.query(`
            CREATE TABLE "branch_areas" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "branchId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "kind" "public"."branch_area_kind" NOT NULL,
                "code" character varying NOT NULL,
                "label" character varying NOT NULL,
                CONSTRAINT "UQ_branch_areas_structure_kind_code" UNIQUE ("structureId", "kind", "code"),
                CONSTRAINT "PK_d690acfc5d8026acfe20a0e0968" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fdd2e8abcbc41a9d3533091164" ON "branch_areas" ("branchId")
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_187d573e43b2c2aa3960df20b78" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships"
            ADD CONSTRAINT "FK_5ce5bce94f5fe326bae2ee527f2" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_610102b60fea1455310ccd299de" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "api_keys"
            ADD CONSTRAINT "FK_90d7ca88c9f5619d8b0cf6b5824" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "branches"
            ADD CONSTRAINT "FK_d1fba2c51998410f38dd2e32c5d" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "branch_areas"
            ADD CONSTRAINT "FK_fdd2e8abcbc41a9d35330911641" FOREIGN KEY ("branchId") REFERENCES "branches"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "branch_areas" DROP CONSTRAINT "FK_fdd2e8abcbc41a9d35330911641"
        `);
    await queryRunner.query(`
            ALTER TABLE "branches" DROP CONSTRAINT "FK_d1fba2c51998410f38dd2e32c5d"
        `);
    await queryRunner.query(`
            ALTER TABLE "api_keys" DROP CONSTRAINT "FK_90d7ca88c9f5619d8b0cf6b5824"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_610102b60fea1455310ccd299de"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_5ce5bce94f5fe326bae2ee527f2"
        `);
    await queryRunner.query(`
            ALTER TABLE "memberships" DROP CONSTRAINT "FK_187d573e43b2c2aa3960df20b78"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fdd2e8abcbc41a9d3533091164"
        `);
    await queryRunner.query(`
            DROP TABLE "branch_areas"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."branch_area_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_d1fba2c51998410f38dd2e32c5"
        `);
    await queryRunner.query(`
            DROP TABLE "branches"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_6f6105c8efe05b310d046cbdb3"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_90d7ca88c9f5619d8b0cf6b582"
        `);
    await queryRunner.query(`
            DROP TABLE "api_keys"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_56b91d98f71e3d1b649ed6e9f3"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_40e9a8b923a1b3fb4429a5c624"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_610102b60fea1455310ccd299d"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_5ce5bce94f5fe326bae2ee527f"
        `);
    await queryRunner.query(`
            DROP TABLE "memberships"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_3f92d0e0fc66f5fd6037a7e0e8"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ff5e3abe69e453580d802af83a"
        `);
    await queryRunner.query(`
            DROP TABLE "structures"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."operator_type"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."structure_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_logs_entity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_audit_logs_structure_at"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_logs"
        `);
  }
}
