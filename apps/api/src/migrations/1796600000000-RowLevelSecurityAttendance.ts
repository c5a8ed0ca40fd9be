import { MigrationInterface, QueryRunner } from 'typeorm';

const SCOPE = `((SELECT passerelle_scope_ids())::uuid[])`;
const own = (column: string) => `${column} = ANY ${SCOPE}`;
/** The orientation's two structures, copied on the row: the same rule as orientations, without a per-row lookup. */
const RULE = `${own('"structureId"')} OR ${own('"providerStructureId"')}`;

/** Attendance-sized tables that hang off an orientation, and whether the app already keeps the provider's id. */
const TABLES: { table: string; providerColumn: boolean }[] = [
  { table: 'session_enrolments', providerColumn: false },
  { table: 'activity_interviews', providerColumn: true },
  { table: 'time_entry_participants', providerColumn: false },
];

/**
 * Row-level security on attendance (session enrolments, interviews, time entry participants). A per-row `EXISTS` on
 * the orientation made the aggregates ten times slower, so each row carries its orientation's operator
 * (`structureId`) and provider (`providerStructureId`, already kept by the app on interviews), copied by a trigger on
 * insert (SECURITY DEFINER: it reads the orientation whatever the scope; a restore's rows keep their dumped values)
 * and kept in step when an orientation moves.
 * The policy is then a plain comparison on the row, the same as the orientation's own.
 */
export class RowLevelSecurityAttendance1796600000000 implements MigrationInterface {
  name = 'RowLevelSecurityAttendance1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION passerelle_copy_orientation_structures() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      DECLARE operator uuid; provider uuid;
      BEGIN
        SELECT o."structureId", o."providerStructureId" INTO operator, provider FROM orientations o
        WHERE o.id = NEW."orientationId";
        -- Not found: a restore loading this table before orientations (the values come from the dump).
        IF FOUND THEN
          NEW."structureId" := operator;
          IF TG_ARGV[0] = 'provider' THEN NEW."providerStructureId" := provider; END IF;
        END IF;
        RETURN NEW;
      END $$`);
    for (const { table, providerColumn } of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "structureId" uuid`);
      if (!providerColumn) await queryRunner.query(`ALTER TABLE "${table}" ADD "providerStructureId" uuid`);
      await queryRunner.query(
        `UPDATE "${table}" x SET "structureId" = o."structureId"${providerColumn ? '' : `, "providerStructureId" = o."providerStructureId"`}
         FROM orientations o WHERE o.id = x."orientationId"`,
      );
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "structureId" SET NOT NULL`);
      if (!providerColumn)
        await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "providerStructureId" SET NOT NULL`);
      await queryRunner.query(
        `CREATE TRIGGER "passerelle_orientation_structures" BEFORE INSERT OR UPDATE OF "orientationId" ON "${table}"
         FOR EACH ROW EXECUTE FUNCTION passerelle_copy_orientation_structures('${providerColumn ? 'operator' : 'provider'}')`,
      );
    }
    // An orientation whose operator or provider changes carries its attendance along.
    await queryRunner.query(`
      CREATE FUNCTION passerelle_move_orientation_attendance() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public AS $$
      BEGIN
        UPDATE session_enrolments SET "structureId" = NEW."structureId", "providerStructureId" = NEW."providerStructureId"
        WHERE "orientationId" = NEW.id;
        UPDATE time_entry_participants SET "structureId" = NEW."structureId", "providerStructureId" = NEW."providerStructureId"
        WHERE "orientationId" = NEW.id;
        UPDATE activity_interviews SET "structureId" = NEW."structureId" WHERE "orientationId" = NEW.id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "passerelle_move_orientation_attendance" AFTER UPDATE OF "structureId", "providerStructureId"
      ON orientations FOR EACH ROW
      WHEN (OLD."structureId" IS DISTINCT FROM NEW."structureId" OR OLD."providerStructureId" IS DISTINCT FROM NEW."providerStructureId")
      EXECUTE FUNCTION passerelle_move_orientation_attendance()`);
    for (const { table } of TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(
        `CREATE POLICY "structure_scope" ON "${table}" AS PERMISSIVE FOR ALL TO passerelle_app USING (${RULE}) WITH CHECK (${RULE})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "passerelle_move_orientation_attendance" ON orientations`);
    await queryRunner.query(`DROP FUNCTION passerelle_move_orientation_attendance()`);
    for (const { table, providerColumn } of [...TABLES].reverse()) {
      await queryRunner.query(`DROP POLICY "structure_scope" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`DROP TRIGGER "passerelle_orientation_structures" ON "${table}"`);
      if (!providerColumn) await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "providerStructureId"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "structureId"`);
    }
    await queryRunner.query(`DROP FUNCTION passerelle_copy_orientation_structures()`);
  }
}
