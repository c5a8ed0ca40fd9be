import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Seed 002, lot 3: « 30 h maximum par participant » is a person's total across all their immersions, whoever the
 * provider. A provider's row-level security shows it its own immersions only, so the planned periods and hours of the
 * person (no host, tutor nor provider) come from this SECURITY DEFINER function, for a participant the caller reaches
 * through an orientation or its structure.
 */
export class ImmersionPersonLimit1796620000000 implements MigrationInterface {
  name = 'ImmersionPersonLimit1796620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION passerelle_participant_immersion_periods(participant uuid)
      RETURNS TABLE ("startsOn" date, "endsOn" date, hours numeric) LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = public AS $$
        SELECT i."startsOn", i."endsOn", i.hours FROM immersions i
        WHERE i."participantId" = participant
          AND (EXISTS (SELECT 1 FROM participants p WHERE p.id = participant AND p."structureId" = ANY (passerelle_scope_ids()))
            OR EXISTS (SELECT 1 FROM orientations o WHERE o."participantId" = participant
                       AND (o."structureId" = ANY (passerelle_scope_ids()) OR o."providerStructureId" = ANY (passerelle_scope_ids()))))
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION passerelle_participant_immersion_periods(uuid)`);
  }
}
