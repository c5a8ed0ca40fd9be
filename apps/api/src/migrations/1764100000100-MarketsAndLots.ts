import { MigrationInterface, QueryRunner } from 'typeorm';

export class MarketsAndLots1764100000100 implements MigrationInterface {
  name = 'MarketsAndLots1764100000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TYPE "public"."market_kind" AS ENUM('PUBLIC_CONTRACT', 'CALL_FOR_APPLICATIONS')
        `);
    await queryRunner.query(`
            CREATE TABLE "markets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "structureId" uuid NOT NULL,
                "kind" "public"."market_kind" NOT NULL,
                "reference" character varying NOT NULL,
                "title" character varying NOT NULL,
                "startsOn" date NOT NULL,
                "endsOn" date NOT NULL,
                "proofsKeptUntil" date NOT NULL,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_dda44129b32f21ae9f1c28dcf99" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_markets_structure_starts" ON "markets" ("structureId", "startsOn")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_markets_structure_reference" ON "markets" ("structureId", "reference")
        `);
    await queryRunner.query(`
            CREATE TABLE "market_scoring_criteria" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "marketId" uuid NOT NULL,
                "label" character varying NOT NULL,
                "weight" integer NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_7e26a21632a3a0a0d0070bc149b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_market_scoring_criteria_position" ON "market_scoring_criteria" ("marketId", "position")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."premises_provider" AS ENUM('PROVIDER', 'OPERATOR')
        `);
    await queryRunner.query(`
            CREATE TABLE "lots" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "marketId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "number" integer NOT NULL,
                "title" character varying NOT NULL,
                "territory" character varying NOT NULL,
                "site" character varying NOT NULL,
                "premisesProvidedBy" "public"."premises_provider" NOT NULL,
                "startsOn" date NOT NULL,
                "endsOn" date NOT NULL,
                "minParticipants" integer,
                "staffingFte" numeric(5, 2),
                "maxAnnualPriceTtc" numeric(12, 2),
                "fseCoFunded" boolean NOT NULL DEFAULT false,
                "permanentEntry" boolean NOT NULL DEFAULT false,
                "timeTiedToParticipants" boolean NOT NULL DEFAULT false,
                "sessionsCount" integer,
                "workshopsPerSession" integer,
                "workshopMinutes" integer,
                "groupMin" integer,
                "groupMax" integer,
                "interviewsPerParticipant" integer,
                "interviewMaxMinutes" integer,
                "faceToFaceHours" numeric(7, 2),
                "preparationHours" numeric(7, 2),
                "coordinationHours" numeric(7, 2),
                "exchangeSessions" integer,
                "exchangeSessionMinutes" integer,
                "eventHalfDays" integer,
                "assessmentsCount" integer,
                "awardedStructureId" uuid,
                "conventionSignedOn" date,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_2bb990a4015865cb1daa1d22fd9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_lots_awarded_structure" ON "lots" ("awardedStructureId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_lots_structure" ON "lots" ("structureId")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_lots_market_number" ON "lots" ("marketId", "number")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."bid_status" AS ENUM('SUBMITTED', 'SCORED', 'AWARDED', 'REJECTED')
        `);
    await queryRunner.query(`
            CREATE TABLE "bids" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "lotId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "receivedOn" date NOT NULL,
                "priceTtc" numeric(12, 2) NOT NULL,
                "summary" text,
                "status" "public"."bid_status" NOT NULL DEFAULT 'SUBMITTED',
                "score" numeric(5, 2),
                "awardJustification" text,
                "version" integer NOT NULL,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7950d066d322aab3a488ac39fe5" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bids_structure" ON "bids" ("structureId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_bids_provider" ON "bids" ("providerStructureId")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_bids_lot_provider" ON "bids" ("lotId", "providerStructureId")
        `);
    await queryRunner.query(`
            CREATE TABLE "bid_marks" (
                "bidId" uuid NOT NULL,
                "criterionId" uuid NOT NULL,
                "mark" numeric(4, 2) NOT NULL,
                CONSTRAINT "PK_d9fccdd72875ccffa02dc667bbe" PRIMARY KEY ("bidId", "criterionId")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_29d995fa2a26d829b2b162c89e" ON "bid_marks" ("criterionId")
        `);
    await queryRunner.query(`
            CREATE TABLE "conventions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "lotId" uuid NOT NULL,
                "bidId" uuid NOT NULL,
                "structureId" uuid NOT NULL,
                "providerStructureId" uuid NOT NULL,
                "reference" character varying NOT NULL,
                "signedOn" date NOT NULL,
                "startsOn" date NOT NULL,
                "endsOn" date NOT NULL,
                "amountTtc" numeric(12, 2) NOT NULL,
                "signedByUserId" uuid,
                "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_f50a30ca063157a8713f45883b7" UNIQUE ("lotId"),
                CONSTRAINT "UQ_5227afb4bf3e2116cd7a2204f09" UNIQUE ("bidId"),
                CONSTRAINT "REL_f50a30ca063157a8713f45883b" UNIQUE ("lotId"),
                CONSTRAINT "REL_5227afb4bf3e2116cd7a2204f0" UNIQUE ("bidId"),
                CONSTRAINT "PK_434559be9db3e7ab6bf6f147a68" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_conventions_structure" ON "conventions" ("structureId")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_conventions_provider" ON "conventions" ("providerStructureId")
        `);
    await queryRunner.query(`
            ALTER TABLE "markets"
            ADD CONSTRAINT "FK_7c7e1cc2622475604002179094e" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "market_scoring_criteria"
            ADD CONSTRAINT "FK_c1305dd576046c2a895f58261fc" FOREIGN KEY ("marketId") REFERENCES "markets"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lots"
            ADD CONSTRAINT "FK_f7f95ef7dcaedb34519d4d6e603" FOREIGN KEY ("marketId") REFERENCES "markets"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lots"
            ADD CONSTRAINT "FK_2f3f4645e2cc704e7bf48f95f36" FOREIGN KEY ("structureId") REFERENCES "structures"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "lots"
            ADD CONSTRAINT "FK_868bd7c5257a55fad52c38477df" FOREIGN KEY ("awardedStructureId") REFERENCES "structures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bids"
            ADD CONSTRAINT "FK_b33641add73b06ba6b4d4f4bdcb" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bids"
            ADD CONSTRAINT "FK_7572e0a8c6bec7f7b18a0becbfd" FOREIGN KEY ("providerStructureId") REFERENCES "structures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bid_marks"
            ADD CONSTRAINT "FK_39bed979f73d6dd1f57023bce1e" FOREIGN KEY ("bidId") REFERENCES "bids"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "bid_marks"
            ADD CONSTRAINT "FK_29d995fa2a26d829b2b162c89ed" FOREIGN KEY ("criterionId") REFERENCES "market_scoring_criteria"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conventions"
            ADD CONSTRAINT "FK_f50a30ca063157a8713f45883b7" FOREIGN KEY ("lotId") REFERENCES "lots"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conventions"
            ADD CONSTRAINT "FK_5227afb4bf3e2116cd7a2204f09" FOREIGN KEY ("bidId") REFERENCES "bids"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "conventions"
            ADD CONSTRAINT "FK_fa598f540fa06826ceeea326931" FOREIGN KEY ("providerStructureId") REFERENCES "structures"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "conventions" DROP CONSTRAINT "FK_fa598f540fa06826ceeea326931"
        `);
    await queryRunner.query(`
            ALTER TABLE "conventions" DROP CONSTRAINT "FK_5227afb4bf3e2116cd7a2204f09"
        `);
    await queryRunner.query(`
            ALTER TABLE "conventions" DROP CONSTRAINT "FK_f50a30ca063157a8713f45883b7"
        `);
    await queryRunner.query(`
            ALTER TABLE "bid_marks" DROP CONSTRAINT "FK_29d995fa2a26d829b2b162c89ed"
        `);
    await queryRunner.query(`
            ALTER TABLE "bid_marks" DROP CONSTRAINT "FK_39bed979f73d6dd1f57023bce1e"
        `);
    await queryRunner.query(`
            ALTER TABLE "bids" DROP CONSTRAINT "FK_7572e0a8c6bec7f7b18a0becbfd"
        `);
    await queryRunner.query(`
            ALTER TABLE "bids" DROP CONSTRAINT "FK_b33641add73b06ba6b4d4f4bdcb"
        `);
    await queryRunner.query(`
            ALTER TABLE "lots" DROP CONSTRAINT "FK_868bd7c5257a55fad52c38477df"
        `);
    await queryRunner.query(`
            ALTER TABLE "lots" DROP CONSTRAINT "FK_2f3f4645e2cc704e7bf48f95f36"
        `);
    await queryRunner.query(`
            ALTER TABLE "lots" DROP CONSTRAINT "FK_f7f95ef7dcaedb34519d4d6e603"
        `);
    await queryRunner.query(`
            ALTER TABLE "market_scoring_criteria" DROP CONSTRAINT "FK_c1305dd576046c2a895f58261fc"
        `);
    await queryRunner.query(`
            ALTER TABLE "markets" DROP CONSTRAINT "FK_7c7e1cc2622475604002179094e"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_conventions_provider"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_conventions_structure"
        `);
    await queryRunner.query(`
            DROP TABLE "conventions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_29d995fa2a26d829b2b162c89e"
        `);
    await queryRunner.query(`
            DROP TABLE "bid_marks"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_bids_lot_provider"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bids_provider"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_bids_structure"
        `);
    await queryRunner.query(`
            DROP TABLE "bids"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."bid_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_lots_market_number"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_lots_structure"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_lots_awarded_structure"
        `);
    await queryRunner.query(`
            DROP TABLE "lots"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."premises_provider"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_market_scoring_criteria_position"
        `);
    await queryRunner.query(`
            DROP TABLE "market_scoring_criteria"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_markets_structure_reference"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_markets_structure_starts"
        `);
    await queryRunner.query(`
            DROP TABLE "markets"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."market_kind"
        `);
  }
}
