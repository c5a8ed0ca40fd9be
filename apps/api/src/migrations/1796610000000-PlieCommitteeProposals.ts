import { MigrationInterface, QueryRunner } from 'typeorm';

const SCOPE = `((SELECT passerelle_scope_ids())::uuid[])`;
const own = (column = '"structureId"') => `${column} = ANY ${SCOPE}`;

/** plie_committees before this migration (RowLevelSecurityProviders), restored by `down`. */
const COMMITTEES_BEFORE = `${own()} OR EXISTS (SELECT 1 FROM plie_committee_files f WHERE f."committeeId" = plie_committees.id)`;
/** The session a provider's proposal was scheduled on is readable by that provider (its date shows on the path). */
const COMMITTEES_AFTER = `${COMMITTEES_BEFORE} OR EXISTS (SELECT 1 FROM plie_committee_proposals p WHERE p."committeeId" = plie_committees.id)`;
/** The operator's proposals, and those a provider made (like exit proposals). */
const PROPOSALS = `${own()} OR ${own('"proposedByStructureId"')}`;

const policy = (table: string, rule: string) =>
  `CREATE POLICY "structure_scope" ON "${table}" AS PERMISSIVE FOR ALL TO passerelle_app USING (${rule}) WITH CHECK (${rule})`;

/** Issue 14: a provider's référent proposes a path of its portfolio to the committee; the operator decides. */
export class PlieCommitteeProposals1796610000000 implements MigrationInterface {
  name = 'PlieCommitteeProposals1796610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."plie_committee_proposal_status" AS ENUM('PENDING', 'SCHEDULED', 'DISMISSED')
        `);
    await queryRunner.query(`
            CREATE TABLE "plie_committee_proposals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "pathId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "proposedByStructureId" uuid,
                "subject" character varying NOT NULL,
                "comment" text,
                "status" "public"."plie_committee_proposal_status" NOT NULL DEFAULT 'PENDING',
                "committeeId" uuid,
                "proposedByUserId" uuid,
                "decidedOn" date,
                "decidedByUserId" uuid,
                "decisionNote" text,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_plie_committee_proposals" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plie_committee_proposals_structure_status" ON "plie_committee_proposals" ("structureId", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_plie_committee_proposals_path" ON "plie_committee_proposals" ("pathId", "createdAt")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_plie_committee_proposals_pending" ON "plie_committee_proposals" ("pathId")
            WHERE "status" = 'PENDING'
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_committee_proposals"
            ADD CONSTRAINT "FK_plie_committee_proposals_path" FOREIGN KEY ("pathId") REFERENCES "plie_paths"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "plie_committee_proposals"
            ADD CONSTRAINT "FK_plie_committee_proposals_committee" FOREIGN KEY ("committeeId") REFERENCES "plie_committees"("id") ON DELETE SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`ALTER TABLE "plie_committee_proposals" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(policy('plie_committee_proposals', PROPOSALS));
    await queryRunner.query(`DROP POLICY "structure_scope" ON "plie_committees"`);
    await queryRunner.query(policy('plie_committees', COMMITTEES_AFTER));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY "structure_scope" ON "plie_committees"`);
    await queryRunner.query(policy('plie_committees', COMMITTEES_BEFORE));
    await queryRunner.query(`DROP TABLE "plie_committee_proposals"`);
    await queryRunner.query(`DROP TYPE "public"."plie_committee_proposal_status"`);
  }
}
