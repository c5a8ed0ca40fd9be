import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImmersionsAndAssessments1764100000500 implements MigrationInterface {
  name = 'ImmersionsAndAssessments1764100000500';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."assessment_kind" AS ENUM('GUIDANCE', 'SKILLS')
        `);
    await queryRunner.query(`
            CREATE TABLE "assessments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "orientationId" uuid NOT NULL,
                "participantId" uuid NOT NULL,
                "lotId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "kind" "public"."assessment_kind" NOT NULL,
                "startedOn" date NOT NULL,
                "dueBy" date NOT NULL,
                "hours" numeric(5, 2),
                "tripartiteMeetingOn" date,
                "projectTitle" character varying,
                "synthesis" text,
                "actionPlan" jsonb NOT NULL DEFAULT '[]',
                "completedOn" date,
                "justification" text,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_assessments_lot_started" ON "assessments" ("lotId", "startedOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_assessments_orientation" ON "assessments" ("orientationId")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."immersion_rating" AS ENUM(
                'VERY_GOOD',
                'GOOD',
                'TO_IMPROVE',
                'INSUFFICIENT'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "immersions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "orientationId" uuid NOT NULL,
                "participantId" uuid NOT NULL,
                "lotId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "hostName" character varying NOT NULL,
                "hostAddress" character varying,
                "tutorName" character varying NOT NULL,
                "tutorContact" character varying,
                "objective" text NOT NULL,
                "startsOn" date NOT NULL,
                "endsOn" date NOT NULL,
                "hours" numeric(5, 2) NOT NULL,
                "justification" text,
                "startMeetingOn" date,
                "punctuality" "public"."immersion_rating",
                "attendance" "public"."immersion_rating",
                "understanding" "public"."immersion_rating",
                "relations" "public"."immersion_rating",
                "skills" text,
                "recommendations" text,
                "tutorSignedOn" date,
                "participantSignedOn" date,
                "evaluationProofId" uuid,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_005193121e9c0856ff189235c95" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_immersions_lot_starts" ON "immersions" ("lotId", "startsOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_immersions_participant_period" ON "immersions" ("participantId", "startsOn", "endsOn")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_immersions_orientation" ON "immersions" ("orientationId")
        `);
    await queryRunner.query(`
            ALTER TABLE "assessments"
            ADD CONSTRAINT "FK_70cfe0ab1bcd1110e7060b5a476" FOREIGN KEY ("orientationId") REFERENCES "orientations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "immersions"
            ADD CONSTRAINT "FK_5d0860ea06e1a820137cf483af9" FOREIGN KEY ("orientationId") REFERENCES "orientations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "immersions" DROP CONSTRAINT "FK_5d0860ea06e1a820137cf483af9"
        `);
    await queryRunner.query(`
            ALTER TABLE "assessments" DROP CONSTRAINT "FK_70cfe0ab1bcd1110e7060b5a476"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_immersions_orientation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_immersions_participant_period"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_immersions_lot_starts"
        `);
    await queryRunner.query(`
            DROP TABLE "immersions"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."immersion_rating"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_assessments_orientation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_assessments_lot_started"
        `);
    await queryRunner.query(`
            DROP TABLE "assessments"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."assessment_kind"
        `);
  }
}
