import {
  assessmentCompletionErrors,
  assessmentDueBy,
  AssessmentKind,
  AttendanceStatus,
  belowMinimum,
  capacityBoundsError,
  companyDays,
  deadlineStatus,
  DeadlineStatus,
  enrolmentCapacityError,
  exitProposalReason,
  ExitProposalReason,
  gridWeightError,
  immersionPlanErrors,
  immersionWindowMessage,
  immersionWindowOverLimit,
  isLate,
  isValidAmount,
  isValidMark,
  liaisonSheetDueOn,
  rankBids,
  remainingPlaces,
  trailingUnexcusedAbsences,
  unansweredRemindersSinceContact,
  weightedScore,
} from './index';

const { PRESENT, EXCUSED_ABSENCE, UNEXCUSED_ABSENCE } = AttendanceStatus;

describe('liaison sheet deadlines (15 calendar days)', () => {
  it('falls due 15 calendar days after the orientation or the exit, across months and years', () => {
    expect(liaisonSheetDueOn('2025-03-03')).toBe('2025-03-18');
    expect(liaisonSheetDueOn('2025-12-20')).toBe('2026-01-04');
    expect(liaisonSheetDueOn('2024-02-20')).toBe('2024-03-06');
  });

  it('is pending until the due day, overdue after it, and on time when sent by the due day', () => {
    expect(deadlineStatus('2025-03-18', null, '2025-03-18')).toBe(DeadlineStatus.PENDING);
    expect(deadlineStatus('2025-03-18', null, '2025-03-19')).toBe(DeadlineStatus.OVERDUE);
    expect(deadlineStatus('2025-03-18', '2025-03-18', '2025-04-30')).toBe(DeadlineStatus.SENT_ON_TIME);
    expect(deadlineStatus('2025-03-18', '2025-03-19', '2025-03-19')).toBe(DeadlineStatus.SENT_LATE);
  });

  it('flags overdue and late sheets only', () => {
    expect(isLate(DeadlineStatus.OVERDUE)).toBe(true);
    expect(isLate(DeadlineStatus.SENT_LATE)).toBe(true);
    expect(isLate(DeadlineStatus.PENDING)).toBe(false);
    expect(isLate(DeadlineStatus.SENT_ON_TIME)).toBe(false);
  });
});

describe('session capacity', () => {
  it('refuses the enrolment beyond the maximum, with a French message', () => {
    expect(enrolmentCapacityError(6, 7)).toBeNull();
    expect(enrolmentCapacityError(7, 7)).toBe('La séance est complète (7 places au plus).');
    expect(enrolmentCapacityError(1, 1)).toBe('La séance est complète (1 place au plus).');
    expect(remainingPlaces(9, 7)).toBe(0);
    expect(remainingPlaces(3, 7)).toBe(4);
  });

  it('flags groups below their minimum and bounds beyond the lot', () => {
    expect(belowMinimum(3, 4)).toBe(true);
    expect(belowMinimum(4, 4)).toBe(false);
    expect(belowMinimum(0, null)).toBe(false);
    expect(capacityBoundsError(4, 7, { groupMin: 4, groupMax: 7 })).toEqual({});
    expect(capacityBoundsError(8, 7, { groupMin: 4, groupMax: 7 })).toEqual({
      minParticipants: 'Le minimum ne peut dépasser le maximum.',
    });
    expect(capacityBoundsError(4, 9, { groupMin: 4, groupMax: 7 })).toEqual({
      maxParticipants: 'Le lot prévoit 7 participants au plus par groupe.',
    });
  });
});

describe('the absence rule (seed 002)', () => {
  it('counts the unexcused absences at the end of the record', () => {
    expect(trailingUnexcusedAbsences([PRESENT, UNEXCUSED_ABSENCE, UNEXCUSED_ABSENCE])).toBe(2);
    expect(trailingUnexcusedAbsences([UNEXCUSED_ABSENCE, PRESENT, UNEXCUSED_ABSENCE])).toBe(1);
    expect(trailingUnexcusedAbsences([UNEXCUSED_ABSENCE, EXCUSED_ABSENCE, UNEXCUSED_ABSENCE])).toBe(1);
    expect(trailingUnexcusedAbsences([])).toBe(0);
  });

  it('proposes an exit after 2 consecutive unexcused absences', () => {
    expect(exitProposalReason([PRESENT, UNEXCUSED_ABSENCE, UNEXCUSED_ABSENCE], [])).toBe(
      ExitProposalReason.CONSECUTIVE_UNEXCUSED_ABSENCES,
    );
    expect(exitProposalReason([UNEXCUSED_ABSENCE, EXCUSED_ABSENCE, UNEXCUSED_ABSENCE], [])).toBeNull();
    expect(exitProposalReason([UNEXCUSED_ABSENCE, PRESENT], [])).toBeNull();
  });

  it('proposes an exit after 2 unanswered reminders since the last contact', () => {
    const reminders = [
      { date: '2025-03-01', kind: 'REMINDER' as const, answered: false },
      { date: '2025-03-08', kind: 'REMINDER' as const, answered: false },
    ];
    expect(unansweredRemindersSinceContact(reminders)).toBe(2);
    expect(exitProposalReason([], reminders)).toBe(ExitProposalReason.UNANSWERED_REMINDERS);
    const contactAfter = [...reminders, { date: '2025-03-10', kind: 'CONTACT' as const }];
    expect(exitProposalReason([], contactAfter)).toBeNull();
    const answeredBetween = [
      reminders[0],
      { date: '2025-03-05', kind: 'REMINDER' as const, answered: true },
      reminders[1],
    ];
    expect(unansweredRemindersSinceContact(answeredBetween)).toBe(1);
  });
});

describe('immersions (seed 002, lot 3)', () => {
  it('accepts 30 hours over two weeks, refuses more unless justified', () => {
    expect(immersionPlanErrors({ startsOn: '2025-03-03', endsOn: '2025-03-16', hours: 30 })).toEqual({});
    expect(immersionPlanErrors({ startsOn: '2025-03-03', endsOn: '2025-03-14', hours: 35 })).toHaveProperty('hours');
    expect(immersionPlanErrors({ startsOn: '2025-03-03', endsOn: '2025-03-17', hours: 20 })).toHaveProperty('endsOn');
    expect(
      immersionPlanErrors({
        startsOn: '2025-03-03',
        endsOn: '2025-03-21',
        hours: 35,
        justification: 'Poste en horaires décalés',
      }),
    ).toEqual({});
    expect(immersionPlanErrors({ startsOn: '2025-03-10', endsOn: '2025-03-03', hours: 10 })).toEqual({
      endsOn: 'La fin ne peut précéder le début.',
    });
  });

  it('limits a person to 30 hours over any two weeks, across all their immersions', () => {
    const first = { startsOn: '2025-03-03', endsOn: '2025-03-07', hours: 20 };
    // 20 h the first week and 20 h the next: 40 h within the same two weeks.
    const window = immersionWindowOverLimit([first], { startsOn: '2025-03-10', endsOn: '2025-03-14', hours: 20 });
    expect(window).toEqual({ from: '2025-03-01', to: '2025-03-14', hours: 40 });
    expect(immersionWindowMessage(window!)).toBe(
      'Avec cette immersion, la personne totaliserait 40 h d’immersion du 01/03/2025 au 14/03/2025, toutes immersions confondues : 30 h au plus par participant sur deux semaines, sauf disposition justifiée (précisez la justification).',
    );
    // Exactly 30 h within two weeks is allowed; two weeks later a new 30 h is fine.
    expect(immersionWindowOverLimit([first], { startsOn: '2025-03-10', endsOn: '2025-03-14', hours: 10 })).toBeNull();
    expect(immersionWindowOverLimit([first], { startsOn: '2025-03-17', endsOn: '2025-03-21', hours: 30 })).toBeNull();
    // Hours are spread over the immersion's days: half of a 10-day immersion's 20 h falls into the window.
    expect(
      immersionWindowOverLimit([{ startsOn: '2025-02-22', endsOn: '2025-03-03', hours: 20 }], {
        startsOn: '2025-03-04',
        endsOn: '2025-03-14',
        hours: 25.5,
      }),
    ).toEqual({ from: '2025-03-01', to: '2025-03-14', hours: 31.5 });
  });

  it('counts working days in a company once, within the range', () => {
    const periods = [
      { startsOn: '2025-03-03', endsOn: '2025-03-14' }, // two weeks: 10 working days
      { startsOn: '2025-03-12', endsOn: '2025-03-18' }, // overlaps 3 days, adds 17 and 18 March
    ];
    expect(companyDays(periods, '2025-01-01', '2025-12-31')).toBe(12);
    expect(companyDays(periods, '2025-03-10', '2025-03-11')).toBe(2);
    expect(companyDays(periods, '2025-04-01', '2025-04-30')).toBe(0);
  });
});

describe('assessments (seed 002, lot 4)', () => {
  const complete = {
    kind: AssessmentKind.GUIDANCE,
    startedOn: '2025-03-03',
    completedOn: '2025-04-25',
    hours: 14,
    tripartiteMeetingOn: '2025-04-25',
    synthesis: 'Projet : aide-soignante.',
    actionPlanPhases: 3,
  };

  it('is due within 2 months of the start', () => {
    expect(assessmentDueBy('2025-03-03')).toBe('2025-05-03');
    expect(assessmentDueBy('2024-12-31')).toBe('2025-02-28');
  });

  it('closes with the right hours, within 2 months, after the three-way meeting, with a synthesis and a plan', () => {
    expect(assessmentCompletionErrors(complete)).toEqual({});
    expect(assessmentCompletionErrors({ ...complete, hours: 11 })).toHaveProperty('hours');
    expect(assessmentCompletionErrors({ ...complete, kind: AssessmentKind.SKILLS })).toEqual({
      hours: 'Un bilan de compétences compte 20 heures.',
    });
    expect(assessmentCompletionErrors({ ...complete, completedOn: '2025-05-10' })).toHaveProperty('completedOn');
    expect(
      assessmentCompletionErrors({ ...complete, completedOn: '2025-05-10', justification: 'Hospitalisation' }),
    ).toEqual({});
    expect(
      Object.keys(
        assessmentCompletionErrors({ ...complete, tripartiteMeetingOn: null, synthesis: ' ', actionPlanPhases: 0 }),
      ),
    ).toEqual(['tripartiteMeetingOn', 'synthesis', 'actionPlan']);
  });
});

describe('bid scoring (seed 004 grid)', () => {
  const grid = [
    { id: 'conformity', weight: 30 },
    { id: 'quality', weight: 20 },
    { id: 'cost', weight: 20 },
    { id: 'method', weight: 15 },
    { id: 'schedule', weight: 15 },
  ];

  it('needs weights adding up to 100', () => {
    expect(gridWeightError(grid.map((c) => c.weight))).toBeNull();
    expect(gridWeightError([30, 20, 20, 15])).toBe('Les pondérations doivent totaliser 100 % (total actuel : 85 %).');
    expect(gridWeightError([])).toBe('La grille compte au moins un critère.');
  });

  it('weighs marks out of 20 into a score out of 100, without float drift', () => {
    const marks = new Map([
      ['conformity', '16'],
      ['quality', '14.5'],
      ['cost', '12'],
      ['method', '15'],
      ['schedule', '10.25'],
    ]);
    // 30×16/20 + 20×14.5/20 + 20×12/20 + 15×15/20 + 15×10.25/20 = 24 + 14.5 + 12 + 11.25 + 7.6875
    expect(weightedScore(grid, marks)).toBe('69.44');
    expect(weightedScore(grid, new Map([...marks].slice(0, 4)))).toBeNull();
    const full = new Map(grid.map((c) => [c.id, '20']));
    expect(weightedScore(grid, full)).toBe('100.00');
  });

  it('ranks best first, ties sharing a rank, unscored bids unranked', () => {
    const ranks = rankBids([
      { id: 'a', score: '70.00' },
      { id: 'b', score: '82.50' },
      { id: 'c', score: '70.00' },
      { id: 'd', score: null },
      { id: 'e', score: '9.75' },
    ]);
    expect([...ranks.entries()]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['e', 4],
    ]);
  });

  it('validates marks and amounts', () => {
    expect(isValidMark('20')).toBe(true);
    expect(isValidMark('15.75')).toBe(true);
    expect(isValidMark('20.5')).toBe(false);
    expect(isValidMark('-1')).toBe(false);
    expect(isValidAmount('42000')).toBe(true);
    expect(isValidAmount('42000.5')).toBe(true);
    expect(isValidAmount('42 000')).toBe(false);
    expect(isValidAmount('1e5')).toBe(false);
  });
});
