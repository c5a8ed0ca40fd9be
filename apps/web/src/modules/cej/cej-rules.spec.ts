import { describe, expect, it } from 'vitest';
import {
  actionsByDay,
  allowanceExplanation,
  cejFiltersToParams,
  companyDaysGauge,
  contractActions,
  formatEuros,
  mondayOf,
  parseCejFilters,
  partlyDoneError,
  monthIntensityView,
  pendingActionsLabel,
  plannedVsDone,
  weekIntensityView,
  toContractFilter,
  weekDays,
} from './cej-rules';

describe('contract list filters', () => {
  it('round-trips through the address and drops unknown states', () => {
    const filters = parseCejFilters(new URLSearchParams('conseiller=u1&etat=ACTIVE&attention=1&promo=c1'));
    expect(filters).toEqual({
      counsellorUserId: 'u1',
      branchId: '',
      cohortId: 'c1',
      status: 'ACTIVE',
      attention: true,
    });
    expect(cejFiltersToParams(filters)).toEqual({ conseiller: 'u1', promo: 'c1', etat: 'ACTIVE', attention: '1' });
    expect(parseCejFilters(new URLSearchParams('etat=NOPE')).status).toBe('');
    expect(toContractFilter(parseCejFilters(new URLSearchParams('')))).toEqual({
      counsellorUserId: null,
      branchId: null,
      cohortId: null,
      status: null,
    });
  });
});

describe('contract actions', () => {
  const rights = { write: true, coordinate: false };
  it('offers only what the state and rights allow', () => {
    expect(contractActions({ status: 'DRAFT', terminationDecisionPending: false }, rights)).toEqual(['sign']);
    expect(contractActions({ status: 'ACTIVE', terminationDecisionPending: false }, rights)).toEqual([
      'suspend',
      'end',
    ]);
    expect(
      contractActions({ status: 'ACTIVE', terminationDecisionPending: true }, { write: true, coordinate: true }),
    ).toEqual(['suspend', 'renew', 'decideTermination', 'end']);
    expect(contractActions({ status: 'SUSPENDED', terminationDecisionPending: false }, rights)).toEqual([
      'resume',
      'end',
    ]);
    expect(
      contractActions({ status: 'ENDED', terminationDecisionPending: false }, { write: true, coordinate: true }),
    ).toEqual([]);
    expect(
      contractActions({ status: 'ACTIVE', terminationDecisionPending: false }, { write: false, coordinate: false }),
    ).toEqual([]);
  });
});

describe('weekly planning', () => {
  it('finds the Monday and the seven days', () => {
    expect(mondayOf('2026-01-15')).toBe('2026-01-12');
    expect(mondayOf('2026-01-12')).toBe('2026-01-12');
    expect(mondayOf('2026-01-18')).toBe('2026-01-12');
    expect(weekDays('2026-01-12')).toHaveLength(7);
    expect(weekDays('2026-12-28')[6]).toBe('2027-01-03');
  });
  it('groups by day and sums planned against done', () => {
    const actions = [
      { date: '2026-01-12', title: 'B', plannedHours: 3, doneHours: 3, outcome: 'DONE' },
      { date: '2026-01-12', title: 'A', plannedHours: 4, doneHours: null, outcome: 'PLANNED' },
      { date: '2026-01-13', title: 'C', plannedHours: 4, doneHours: 1.5, outcome: 'PARTLY_DONE' },
    ];
    const byDay = actionsByDay(actions, weekDays('2026-01-12'));
    expect(byDay['2026-01-12'].map((a) => a.title)).toEqual(['A', 'B']);
    expect(byDay['2026-01-14']).toEqual([]);
    expect(plannedVsDone(actions, '2026-01-13')).toEqual({ plannedHours: 11, doneHours: 4.5, recorded: 2, pending: 1 });
  });
  it('counts as still to record only the actions whose day has come, in real plurals', () => {
    const actions = [
      { date: '2026-01-12', plannedHours: 3, outcome: 'PLANNED' },
      { date: '2026-01-14', plannedHours: 3, outcome: 'PLANNED' },
      { date: '2026-01-15', plannedHours: 3, outcome: 'PLANNED' },
    ];
    expect(plannedVsDone(actions, '2026-01-11').pending).toBe(0);
    expect(plannedVsDone(actions, '2026-01-14').pending).toBe(2);
    expect(pendingActionsLabel(1)).toBe('1 action à saisir');
    expect(pendingActionsLabel(2)).toBe('2 actions à saisir');
  });
  it('judges a week not over on its planned hours and a week over on its hours done, and says which', () => {
    const week = { plannedHours: 17.5, doneHours: 0, weeklyHoursMin: 15, weeklyHoursMax: 20 };
    expect(weekIntensityView({ ...week, complete: false })).toMatchObject({
      basis: 'PLANNED',
      level: 'WITHIN',
      label: 'Prévu : dans l’intensité attendue (15 h à 20 h)',
    });
    expect(weekIntensityView({ ...week, complete: true })).toMatchObject({
      basis: 'DONE',
      level: 'BELOW',
      label: 'Réalisé : en dessous de l’intensité attendue (15 h à 20 h)',
    });
    expect(weekIntensityView({ ...week, plannedHours: 8, complete: false }).level).toBe('BELOW');
    expect(weekIntensityView({ ...week, doneHours: 21, complete: true }).level).toBe('ABOVE');
  });
  it('does not judge months to come, and says where the month under way stands', () => {
    const month = { intensityMet: false, weeks: 4, weeksMeetingIntensity: 0 };
    expect(monthIntensityView({ ...month, month: '2026-03-01' }, '2026-01-20')).toEqual({
      label: 'À venir',
      color: 'gray',
    });
    expect(monthIntensityView({ ...month, month: '2026-01-01', weeksMeetingIntensity: 1 }, '2026-01-20').label).toBe(
      'En cours · 1 sur 4 semaines',
    );
    expect(monthIntensityView({ ...month, month: '2025-12-01' }, '2026-01-20')).toEqual({
      label: 'Insuffisante · 0 sur 4 semaines',
      color: 'orange',
    });
  });
  it('checks partly-done hours', () => {
    expect(partlyDoneError(4, 2)).toBeNull();
    expect(partlyDoneError(4, 4)).toMatch(/comprises entre/);
    expect(partlyDoneError(4, null)).toMatch(/Indiquez/);
  });
});

describe('figures', () => {
  it('formats euros and the company-days gauge', () => {
    expect(formatEuros('347.30')).toMatch(/^347,30\s€$/);
    expect(formatEuros(null)).toBe('—');
    expect(companyDaysGauge({ daysDone: 10, target: 40, reached: false, onTrack: true })).toEqual({
      value: 25,
      color: 'blue',
      label: '10 / 40 jours',
    });
    expect(companyDaysGauge({ daysDone: 45, target: 40, reached: true, onTrack: true })?.value).toBe(100);
    expect(companyDaysGauge(null)).toBeNull();
  });
});

describe('allowance explanation', () => {
  /** Euros are written with a non-breaking space before the sign. */
  const plain = (line: string) => line.replace(/\u00a0/g, ' ');
  const base = {
    month: '2026-03-01',
    amount: '300.00',
    declared: true,
    minor: false,
    ageOnFirstDay: 20,
    taxBracket: 'NON_TAXABLE',
    monthlyAmount: '545.48',
    fullMonthAmount: '400.00',
    proratedAmount: '400.00',
    coveredDays: 31,
    daysInMonth: 31,
    activityIncome: '600.00',
    fullDeductionIncome: '0.00',
    sanction: 'QUARTER_REMOVED',
    sanctionAmount: '100.00',
    terms: [
      { code: 'threshold', value: '300.00' },
      { code: 'excess', value: '300.00' },
      { code: 'reduction', value: '145.48' },
      { code: 'coefficient', value: '0.4848656450' },
    ],
  };
  it('reads out one plain French sentence per step, amounts in euros, in the person’s recorded sex', () => {
    const lines = allowanceExplanation(base, 'FEMALE').map(plain);
    expect(lines).toEqual([
      'Majeure au 1er mars 2026 (20 ans), foyer non imposable : l’allocation de base est de 545,48 € par mois.',
      'Les revenus d’activité (600,00 €) dépassent 300,00 € de 300,00 € : l’allocation baisse de 145,48 €.',
      'Pour un mois complet, l’allocation serait de 400,00 €.',
      'Premier manquement : retrait d’un quart de l’allocation du mois : 100,00 € en moins.',
      'Allocation due pour mars 2026 : 300,00 €.',
    ]);
    // No code, formula or raw decimal reaches the counsellor's explanation.
    expect(lines.join(' ')).not.toMatch(/R_full|threshold|0\.48|décimale|\d{4}-\d{2}-\d{2}/);
  });
  it('says when the contract covers part of the month, and when income stays under the threshold', () => {
    const lines = allowanceExplanation(
      {
        ...base,
        minor: true,
        ageOnFirstDay: 17,
        activityIncome: '200.00',
        coveredDays: 1,
        proratedAmount: '17.60',
        sanction: 'NONE',
        terms: [...base.terms.filter((t) => t.code !== 'excess'), { code: 'excess', value: '0.00' }],
      },
      'MALE',
    ).map(plain);
    expect(lines[0]).toMatch(/^Mineur au 1er mars 2026/);
    expect(lines).toContain(
      'Les revenus d’activité (200,00 €) ne dépassent pas 300,00 € : ils se cumulent avec l’allocation sans la réduire.',
    );
    expect(lines).toContain('Le contrat couvre 1 jour sur 31 en mars 2026 : 17,60 € pour ces jours.');
  });
});
