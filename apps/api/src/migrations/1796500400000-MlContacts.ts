import { MigrationInterface, QueryRunner } from 'typeorm';

/** Mission Locale contacts with young people (issue 14: first welcomes, interviews… feed the ML activity and drop-off). */
export class MlContacts1796500400000 implements MigrationInterface {
  name = 'MlContacts1796500400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."ml_contact_kind" AS ENUM('FIRST_WELCOME', 'INDIVIDUAL_INTERVIEW', 'WORKSHOP', 'PHONE', 'EMAIL', 'VISIT')`,
    );
    await queryRunner.query(`
            CREATE TABLE "ml_contacts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "participantId" uuid NOT NULL,
                "kind" "public"."ml_contact_kind" NOT NULL,
                "date" date NOT NULL,
                "userId" uuid NOT NULL,
                "branchId" uuid,
                "note" character varying(500),
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "createdByUserId" uuid,
                CONSTRAINT "PK_ml_contacts" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_ml_contacts_structure_date" ON "ml_contacts" ("structureId", "date")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_ml_contacts_participant_date" ON "ml_contacts" ("participantId", "date")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ml_contacts_userId" ON "ml_contacts" ("userId")`);
    await queryRunner.query(`CREATE INDEX "IDX_ml_contacts_branchId" ON "ml_contacts" ("branchId")`);
    // Row-level security, as for every table holding personal data: the structure's rows only.
    const rule = `"structureId" = ANY ((SELECT passerelle_scope_ids())::uuid[])`;
    await queryRunner.query(`ALTER TABLE "ml_contacts" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "structure_scope" ON "ml_contacts" AS PERMISSIVE FOR ALL TO passerelle_app USING (${rule}) WITH CHECK (${rule})`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "structure_scope" ON "ml_contacts"`);
    await queryRunner.query(`DROP TABLE "ml_contacts"`);
    await queryRunner.query(`DROP TYPE "public"."ml_contact_kind"`);
  }
}
