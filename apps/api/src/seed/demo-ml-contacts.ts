import { addDays, MlContactKind, todayInParis } from '@passerelle/domain';
import { EntityManager } from 'typeorm';
import { CejContract } from '../modules/cej/contracts/cej-contract.entity';
import { MlContact } from '../modules/ml-activity/ml-contact.entity';
import { Participant } from '../modules/participants/participant.entity';

/** Days between two follow-up interviews of the demo, and the kinds that alternate with them. */
const RHYTHM_DAYS = 14;
const BETWEEN: MlContactKind[] = [MlContactKind.PHONE, MlContactKind.WORKSHOP, MlContactKind.EMAIL];

/**
 * Contacts of the demo Missions Locales (Alès, Lyon) with their young people, so that the activity dashboard and the
 * drop-off analysis are not empty: a first welcome three weeks before the contract, then an individual interview every
 * two weeks until the contract ends (or today), a phone call, workshop or e-mail in between. Never changes what exists.
 */
export async function loadDemoMlContacts(
  manager: EntityManager,
  structureIds: Map<string, string>,
): Promise<{ created: number; existing: number }> {
  const today = todayInParis();
  let created = 0;
  let existing = 0;
  for (const key of ['ml-ales', 'ml-lyon']) {
    const structureId = structureIds.get(key);
    if (!structureId) continue;
    const contracts = await manager.find(CejContract, { where: { structureId }, order: { startOn: 'ASC' } });
    for (const contract of contracts) {
      if (await manager.existsBy(MlContact, { participantId: contract.participantId })) {
        existing++;
        continue;
      }
      const participant = await manager.findOneByOrFail(Participant, { id: contract.participantId });
      const base = {
        structureId,
        participantId: participant.id,
        userId: contract.counsellorUserId,
        branchId: contract.branchId ?? participant.branchId,
        createdByUserId: contract.counsellorUserId,
      };
      const rows = [
        { ...base, kind: MlContactKind.FIRST_WELCOME, date: addDays(contract.startOn, -21), note: 'Premier accueil' },
      ];
      const last = [contract.endedOn ?? today, today].sort()[0];
      for (let day = contract.startOn, n = 0; day <= last; day = addDays(day, RHYTHM_DAYS), n++) {
        rows.push({ ...base, kind: MlContactKind.INDIVIDUAL_INTERVIEW, date: day, note: 'Point sur le contrat' });
        const between = addDays(day, 7);
        if (between <= last) rows.push({ ...base, kind: BETWEEN[n % BETWEEN.length], date: between, note: '' });
      }
      await manager.save(
        MlContact,
        rows
          .filter((row) => row.date <= today)
          .map((row) => manager.create(MlContact, { ...row, note: row.note || null })),
      );
      created++;
    }
  }
  return { created, existing };
}
