import { MigrationInterface, QueryRunner } from 'typeorm';

export class AttendanceSignatures1764100000400 implements MigrationInterface {
  name = 'AttendanceSignatures1764100000400';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "attendance_signature_tokens" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "enrolmentId" uuid NOT NULL,
                "tokenHash" character varying(64) NOT NULL,
                "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL,
                "usedAt" TIMESTAMP WITH TIME ZONE,
                "createdByUserId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_42e951596d506efc02336ed5b8e" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_27dd0c0708396e9b30294fb7b4" ON "attendance_signature_tokens" ("enrolmentId")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_818c4f26cea36786e6e795e05d" ON "attendance_signature_tokens" ("tokenHash")
        `);
    await queryRunner.query(`
            ALTER TABLE "attendance_signature_tokens"
            ADD CONSTRAINT "FK_27dd0c0708396e9b30294fb7b49" FOREIGN KEY ("enrolmentId") REFERENCES "session_enrolments"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "attendance_signature_tokens" DROP CONSTRAINT "FK_27dd0c0708396e9b30294fb7b49"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_818c4f26cea36786e6e795e05d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_27dd0c0708396e9b30294fb7b4"
        `);
    await queryRunner.query(`
            DROP TABLE "attendance_signature_tokens"
        `);
  }
}
