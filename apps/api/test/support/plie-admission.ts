import { addDays, todayInParis } from '@passerelle/domain';
import { DataSource } from 'typeorm';

/**
 * Setup: a PLIE participant's path admitted by the committee. Orienting a PLIE participant to a provider needs it (seed
 * 001, lot 3: the follow-up starts after the committee's admission); the committee itself is tested in plie.e2e-spec.
 */
export async function admitToPlie(
  dataSource: DataSource,
  participantId: string,
  admittedOn = addDays(todayInParis(), -120),
): Promise<string> {
  const [row] = await dataSource.query(
    `INSERT INTO plie_paths ("structureId", "participantId", status, "statusChangedOn", prescriber, "orientedOn", "admittedOn", version)
     SELECT p."structureId", p.id, 'ACTIVE', $2, 'France Travail', $2, $2, 1 FROM participants p
     WHERE p.id = $1 AND p.programme = 'PLIE' RETURNING id`,
    [participantId, admittedOn],
  );
  return row?.id;
}
