import { PlieActivity } from './plie-activity';
import { TestApp } from './test-app';

type Session = { token: string; structureId: string };

/** `{ tableKey: { rowKey: values } }`, to compare figures at a glance. */
export function figuresByKey(report: any): Record<string, Record<string, (number | null)[]>> {
  return Object.fromEntries(
    report.figures.tables.map((t: any) => [t.key, Object.fromEntries(t.rows.map((r: any) => [r.key, r.values]))]),
  );
}

/**
 * Activity of the MLIFE PLIE between 1 January and 31 May 2025 (the intermediate report), known answers:
 * A (woman, 34 at entry, Amiens Métropole, RSA) admitted before the period, 2 interviews, 2 workshops attended;
 * B (man, 56, Amiens Métropole, long-term jobseeker + RQTH) admitted in February, 1 interview, 1 workshop, dropped out in April;
 * C (woman, 24, no EPCI, young in difficulty) admitted in March, missed a workshop, 1 unanswered reminder, exited at the end of her path in May;
 * D admitted in June and E exited in 2024 are outside the period.
 */
export async function buildMayActivity(t: TestApp, coordinator: Session) {
  const plie = new PlieActivity(t, coordinator);
  const a = await plie.admit(
    await plie.participant({
      lastName: 'Alpha',
      sex: 'FEMALE',
      birthDate: '1990-03-10',
      epci: 'Amiens Métropole',
      entrySituations: ['RSA_RECIPIENT'],
    }),
    '2024-11-15',
  );
  const b = await plie.admit(
    await plie.participant({
      lastName: 'Bravo',
      sex: 'MALE',
      birthDate: '1968-06-01',
      epci: 'Amiens Métropole',
      entrySituations: ['LONG_TERM_JOBSEEKER', 'RQTH'],
    }),
    '2025-02-10',
  );
  const c = await plie.admit(
    await plie.participant({
      lastName: 'Charlie',
      sex: 'FEMALE',
      birthDate: '2001-01-20',
      entrySituations: ['YOUNG_IN_DIFFICULTY'],
    }),
    '2025-03-05',
  );
  const d = await plie.admit(
    await plie.participant({ lastName: 'Delta', sex: 'MALE', birthDate: '1985-07-07' }),
    '2025-06-10',
  );
  const e = await plie.admit(
    await plie.participant({ lastName: 'Echo', sex: 'MALE', birthDate: '1980-01-01' }),
    '2024-05-01',
  );
  await plie.followUp(a.id, 'INTERVIEW', '2025-02-01');
  await plie.followUp(a.id, 'INTERVIEW', '2025-03-01');
  await plie.followUp(a.id, 'COLLECTIVE_MEETING', '2025-03-10', { topic: 'CV' });
  await plie.followUp(a.id, 'COLLECTIVE_MEETING', '2025-04-02', { topic: 'Mobilité' });
  await plie.followUp(b.id, 'INTERVIEW', '2025-02-20');
  await plie.followUp(b.id, 'COLLECTIVE_MEETING', '2025-03-10', { topic: 'cv' });
  await plie.followUp(c.id, 'COLLECTIVE_MEETING', '2025-03-10', { topic: 'CV', attended: false });
  await plie.followUp(c.id, 'REMINDER', '2025-04-01');
  await plie.followUp(d.id, 'INTERVIEW', '2025-06-20');
  await plie.followUp(e.id, 'INTERVIEW', '2024-06-01');
  await plie.exit(b, '2025-04-15', 'DROP_OUT');
  await plie.exit(c, '2025-05-20', 'END_OF_PATH');
  await plie.exit(e, '2024-12-15', 'LOST_CONTACT');
  return { plie, a, b, c, d, e };
}

export const EXPECTED_MAY = {
  participants: { followed: [3], presentAtStart: [1], entries: [2], activeAtEnd: [1], exits: [2] },
  activity: { interviews: [3], attendances: [3], perParticipant: [2], workshops: [2], reminders: [1] },
  exits: {
    LASTING_JOB: [0, 0],
    QUALIFYING_TRAINING: [0, 0],
    END_OF_PATH: [1, 0],
    DROP_OUT: [1, 0],
    LOST_CONTACT: [0, 0],
    MOVED: [0, 0],
    REORIENTED: [0, 0],
    HEALTH: [0, 0],
    RETIREMENT: [0, 0],
    OTHER: [0, 0],
    ruptures: [1, 0],
    total: [2, 0],
  },
  'typology-epci': { 'Amiens Métropole': [2, 66.7], '': [1, 33.3] },
  'typology-age': {
    UNDER_18: [0, 0],
    FROM_18_TO_25: [1, 33.3],
    FROM_26_TO_44: [1, 33.3],
    FROM_45_TO_54: [0, 0],
    FROM_55: [1, 33.3],
  },
  'typology-sex': { FEMALE: [2, 66.7], MALE: [1, 33.3] },
  'typology-status': {
    LONG_TERM_JOBSEEKER: [1, 33.3],
    RSA_RECIPIENT: [1, 33.3],
    MINIMUM_INCOME_RECIPIENT: [0, 0],
    RQTH: [1, 33.3],
    YOUNG_IN_DIFFICULTY: [1, 33.3],
    SENIOR_JOBSEEKER: [0, 0],
    SINGLE_PARENT: [0, 0],
    SOCIAL_OBSTACLES: [0, 0],
    OTHER: [0, 0],
  },
};
