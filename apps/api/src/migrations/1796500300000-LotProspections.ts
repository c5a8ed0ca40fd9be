import { MigrationInterface, QueryRunner } from 'typeorm';

export class LotProspections1796500300000 implements MigrationInterface {
  /** The structures a provider prospected for a lot (seed 002, lot 3), counted in the lot's reports. */
  name = 'LotProspections1796500300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."prospected_structure_kind" AS ENUM('ASSOCIATION', 'PUBLIC_BODY', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."prospection_outcome" AS ENUM('AGREED', 'PENDING', 'DECLINED')`);
    await queryRunner.query(`
            CREATE TABLE "lot_prospections" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "lotId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "organisationName" character varying NOT NULL,
                "organisationKind" "public"."prospected_structure_kind" NOT NULL,
                "communeName" character varying,
                "date" date NOT NULL,
                "outcome" "public"."prospection_outcome" NOT NULL,
                "comment" text,
                "byUserId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_lot_prospections" PRIMARY KEY ("id"),
                CONSTRAINT "FK_55b1ef7a242d0059ae12ba690d1" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_lot_prospections_lot_date" ON "lot_prospections" ("lotId", "date")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_lot_prospections_provider_date" ON "lot_prospections" ("providerStructureId", "date")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "lot_prospections"`);
    await queryRunner.query(`DROP TYPE "public"."prospection_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."prospected_structure_kind"`);
  }
}
