import { CejSanction } from './allowance';
import { breachSuggestionEffect, CejCohortPeriod, cohortPeriod } from './breach-suggestion';

describe('breachSuggestionEffect', () => {
  it('ranks the suggested breach after those recorded, with its effect on the allowance', () => {
    expect(breachSuggestionEffect(0)).toMatchObject({
      rank: 1,
      sanction: CejSanction.QUARTER_REMOVED,
      terminationDecision: false,
    });
    expect(breachSuggestionEffect(1)).toMatchObject({
      rank: 2,
      sanction: CejSanction.MONTH_SUPPRESSED,
      terminationDecision: false,
    });
    expect(breachSuggestionEffect(2)).toMatchObject({
      rank: 3,
      sanction: CejSanction.MONTH_SUPPRESSED,
      terminationDecision: true,
    });
    expect(breachSuggestionEffect(2).label).toContain('fin du contrat à décider');
  });
});

describe('cohortPeriod', () => {
  const cohort = { startsOn: '2025-03-03', endsOn: '2025-03-28' };
  it('is upcoming before the first day, running through the last day, past after', () => {
    expect(cohortPeriod(cohort, '2025-03-02')).toBe(CejCohortPeriod.UPCOMING);
    expect(cohortPeriod(cohort, '2025-03-03')).toBe(CejCohortPeriod.RUNNING);
    expect(cohortPeriod(cohort, '2025-03-28')).toBe(CejCohortPeriod.RUNNING);
    expect(cohortPeriod(cohort, '2025-03-29')).toBe(CejCohortPeriod.PAST);
  });
});
