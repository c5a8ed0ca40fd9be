import {
  CejActionOutcome,
  cohortDateErrors,
  companyDaysProgress,
  daysInMonth,
  doneHoursFor,
  IntensityLevel,
  monthEnd,
  weekIntensity,
  weekStart,
} from './planning';

const thresholds = { weeklyHoursMin: 15, weeklyHoursMax: 20, attendanceRateMin: 0.8 };

describe('planned versus done', () => {
  it('derives the hours done from the outcome', () => {
    expect(doneHoursFor(CejActionOutcome.DONE, 3.5)).toEqual({ doneHours: 3.5, error: null });
    expect(doneHoursFor(CejActionOutcome.NOT_DONE_UNEXCUSED, 3.5)).toEqual({ doneHours: 0, error: null });
    expect(doneHoursFor(CejActionOutcome.NOT_DONE_EXCUSED, 3.5, 2)).toEqual({ doneHours: 0, error: null });
    expect(doneHoursFor(CejActionOutcome.PLANNED, 3.5)).toEqual({ doneHours: null, error: null });
    expect(doneHoursFor(CejActionOutcome.PARTLY_DONE, 7, 4)).toEqual({ doneHours: 4, error: null });
  });

  it('asks for the hours of a partly done action, strictly between 0 and the hours planned', () => {
    expect(doneHoursFor(CejActionOutcome.PARTLY_DONE, 7).error).toBe('Indiquez les heures réalisées.');
    expect(doneHoursFor(CejActionOutcome.PARTLY_DONE, 7, 7).error).toBe(
      'Une action partiellement réalisée compte plus de 0 et moins de 7 h (les heures prévues).',
    );
    expect(doneHoursFor(CejActionOutcome.PARTLY_DONE, 3.5, 0).error).toBe(
      'Une action partiellement réalisée compte plus de 0 et moins de 3,5 h (les heures prévues).',
    );
  });

  it('cuts weeks on Mondays and months on their last day', () => {
    expect(weekStart('2025-03-10')).toBe('2025-03-10'); // Monday
    expect(weekStart('2025-03-16')).toBe('2025-03-10'); // Sunday
    expect(weekStart('2025-03-01')).toBe('2025-02-24'); // Saturday
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(daysInMonth('2025-02-01')).toBe(28);
  });
});

describe('weekly intensity', () => {
  it('meets the intensity with 15 to 20 hours done', () => {
    expect(weekIntensity({ plannedHours: 18, doneHours: 15, recordedPlannedHours: 18 }, thresholds)).toEqual({
      attendanceRate: 0.8333,
      intensity: IntensityLevel.WITHIN,
      intensityMet: true,
      plannedIntensityMet: true,
      attendanceMet: true,
    });
  });

  it('flags a week below 15 hours done, even when enough was planned', () => {
    const week = weekIntensity({ plannedHours: 20, doneHours: 12, recordedPlannedHours: 20 }, thresholds);
    expect(week).toMatchObject({
      attendanceRate: 0.6,
      intensity: IntensityLevel.BELOW,
      intensityMet: false,
      plannedIntensityMet: true,
      attendanceMet: false,
    });
  });

  it('reports a week above 20 hours, and no rate before anything is recorded', () => {
    expect(weekIntensity({ plannedHours: 24, doneHours: 24, recordedPlannedHours: 24 }, thresholds).intensity).toBe(
      IntensityLevel.ABOVE,
    );
    expect(weekIntensity({ plannedHours: 16, doneHours: 0, recordedPlannedHours: 0 }, thresholds)).toMatchObject({
      attendanceRate: null,
      attendanceMet: null,
      intensityMet: false,
    });
  });
});

describe('days in a company', () => {
  it('projects the date at which 40 days are reached at the current pace', () => {
    // 10 days in 30 calendar days: 1 day every 3 days, 30 left → 90 more days.
    const progress = companyDaysProgress({
      startOn: '2025-01-01',
      today: '2025-01-30',
      daysDone: 10,
      reachedOn: null,
      target: 40,
    });
    expect(progress).toEqual({
      windowEndsOn: '2025-06-30',
      target: 40,
      daysDone: 10,
      remaining: 30,
      pacePerWeek: 2.33,
      projectedOn: '2025-04-30',
      onTrack: true,
      reached: false,
    });
  });

  it('is off track when the projection falls after the first 6 months', () => {
    const progress = companyDaysProgress({
      startOn: '2025-01-01',
      today: '2025-03-01',
      daysDone: 5,
      reachedOn: null,
      target: 40,
    });
    expect(progress.projectedOn! > progress.windowEndsOn).toBe(true);
    expect(progress.onTrack).toBe(false);
  });

  it('gives the day the target was reached, and nothing to project without a first day', () => {
    expect(
      companyDaysProgress({
        startOn: '2025-01-01',
        today: '2025-05-01',
        daysDone: 41,
        reachedOn: '2025-04-20',
        target: 40,
      }),
    ).toMatchObject({ reached: true, projectedOn: '2025-04-20', onTrack: true, remaining: 0 });
    expect(
      companyDaysProgress({ startOn: '2025-01-01', today: '2025-01-20', daysDone: 0, reachedOn: null, target: 40 }),
    ).toMatchObject({ projectedOn: null, onTrack: false, pacePerWeek: 0 });
  });
});

describe('promos', () => {
  it('last at most the first month', () => {
    expect(cohortDateErrors('2025-03-03', '2025-03-28')).toEqual({});
    expect(cohortDateErrors('2025-03-03', '2025-04-02')).toEqual({});
    expect(cohortDateErrors('2025-03-03', '2025-04-03')).toEqual({
      endsOn: 'La promo est le mois collectif intensif : elle se termine au plus tard le 2025-04-02.',
    });
    expect(cohortDateErrors('2025-03-03', '2025-03-02')).toEqual({
      endsOn: 'La fin de la promo ne peut pas précéder son début.',
    });
  });
});
