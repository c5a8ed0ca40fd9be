import { PIX_COMPETENCES, PIX_MAX_TOTAL, PixDomain, pixLevel, pixScoreErrors } from './digital';
import {
  PositioningDueStatus,
  positioningDueStatus,
  PositioningField,
  PositioningMilestone,
  positioningProgress,
  positioningSchedule,
  positioningScoreErrors,
  POSITIONING_SKILLS,
} from './positioning';

const grid = (score: number) => POSITIONING_SKILLS.map((s) => ({ skill: s.code, score }));

describe('positioning schedule', () => {
  it('owes an initial sheet within 15 days and one at 6 months for a 6-month contract', () => {
    expect(positioningSchedule({ startOn: '2025-01-06', lastDayOn: '2025-07-05' }, [])).toEqual([
      { milestone: PositioningMilestone.INITIAL, renewalId: null, dueOn: '2025-01-20' },
      { milestone: PositioningMilestone.SIX_MONTHS, renewalId: null, dueOn: '2025-07-05' },
    ]);
  });

  it('adds the 12-month sheet and one per renewal', () => {
    const schedule = positioningSchedule({ startOn: '2025-01-06', lastDayOn: '2026-01-05' }, [
      { id: 'r1', commissionOn: '2025-06-20' },
    ]);
    expect(schedule.map((d) => [d.milestone, d.dueOn])).toEqual([
      [PositioningMilestone.INITIAL, '2025-01-20'],
      [PositioningMilestone.RENEWAL, '2025-07-04'],
      [PositioningMilestone.SIX_MONTHS, '2025-07-06'],
      [PositioningMilestone.TWELVE_MONTHS, '2026-01-05'],
    ]);
  });

  it('does not owe a 6-month sheet on a 4-month contract', () => {
    expect(positioningSchedule({ startOn: '2025-01-06', lastDayOn: '2025-05-05' }, []).map((d) => d.milestone)).toEqual(
      [PositioningMilestone.INITIAL],
    );
  });

  it('tells done, upcoming and overdue sheets apart', () => {
    const due = { milestone: PositioningMilestone.INITIAL, renewalId: null, dueOn: '2025-01-20' };
    expect(positioningDueStatus(due, true, '2025-02-01')).toBe(PositioningDueStatus.DONE);
    expect(positioningDueStatus(due, false, '2025-01-20')).toBe(PositioningDueStatus.UPCOMING);
    expect(positioningDueStatus(due, false, '2025-01-21')).toBe(PositioningDueStatus.OVERDUE);
  });
});

describe('positioning grid and progress', () => {
  it('requires every skill once, scored 1 to 4', () => {
    expect(positioningScoreErrors(grid(2))).toEqual({});
    expect(positioningScoreErrors([...grid(2).slice(1), { skill: 'SOC_MOBILITY', score: 5 }])).toEqual({
      'scores.14.skill': 'Cette compétence est notée deux fois.',
      'scores.14.score': 'Une note de 1 à 4 est attendue.',
    });
    expect(positioningScoreErrors(grid(2).slice(1)).scores).toMatch(/il manque : Démarches administratives/);
    expect(positioningScoreErrors([{ skill: 'NOPE', score: 2 }])['scores.0.skill']).toBe(
      'Compétence inconnue de la grille.',
    );
  });

  it('shows the progress per skill and per field', () => {
    const after = grid(2).map((s) =>
      s.skill.startsWith('PRO_') ? { ...s, score: 3 } : s.skill === 'FUN_DIGITAL' ? { ...s, score: 4 } : s,
    );
    const { skills, fields } = positioningProgress(grid(2), after);
    expect(skills.find((s) => s.skill === 'PRO_PROJECT')).toEqual({
      skill: 'PRO_PROJECT',
      field: PositioningField.PROFESSIONAL,
      before: 2,
      after: 3,
      delta: 1,
    });
    expect(fields).toEqual([
      { field: PositioningField.SOCIAL, before: 2, after: 2, delta: 0 },
      { field: PositioningField.PROFESSIONAL, before: 2, after: 3, delta: 1 },
      { field: PositioningField.FUNDAMENTAL_KNOWLEDGE, before: 2, after: 2.5, delta: 0.5 },
    ]);
  });
});

describe('Pix', () => {
  it('has 16 competences in 5 domains, 896 pix at most', () => {
    expect(PIX_COMPETENCES).toHaveLength(16);
    expect(new Set(PIX_COMPETENCES.map((c) => c.domain))).toEqual(new Set(Object.values(PixDomain)));
    expect(PIX_MAX_TOTAL).toBe(896);
  });

  it('derives levels from pix and checks the scores', () => {
    expect(pixLevel(7)).toBe(0);
    expect(pixLevel(8)).toBe(1);
    expect(pixLevel(30)).toBe(3);
    expect(pixLevel(56)).toBe(7);
    expect(
      pixScoreErrors([
        { competence: '1.1', pix: 12 },
        { competence: '9.9', pix: 57 },
      ]),
    ).toEqual({
      'scores.1.competence': 'Compétence Pix inconnue (1.1 à 5.2).',
      'scores.1.pix': 'De 0 à 56 pix par compétence (niveaux 1 à 7).',
    });
  });
});
