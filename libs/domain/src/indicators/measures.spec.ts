import {
  aggregateUnits,
  amountPayableCents,
  exactMeasureValue,
  ratioValue,
  IndicatorMeasure,
  indicatorAmountCents,
  lowerIsBetter,
  measureAchievementRate,
  measureProjection,
  measureValue,
  PaymentRule,
  ruleAllowedFor,
} from './index';

const units = (proven: number[], unproven: number[] = []) => [
  ...proven.map((quantity) => ({ quantity, proven: true })),
  ...unproven.map((quantity) => ({ quantity, proven: false })),
];
const value = (measure: IndicatorMeasure, proven: number[], unproven: number[] = []) =>
  measureValue(measure, aggregateUnits(units(proven, unproven)));

describe('indicator measures', () => {
  it('counts the proven units of the count measures, never those lacking proof', () => {
    // 3 participants with a proof, 1 only on an unsigned sheet
    expect(value(IndicatorMeasure.ACTIVE_FILE, [1, 1, 1], [1])).toBe(3);
    expect(value(IndicatorMeasure.WORKSHOPS_RUN, [1, 1], [1])).toBe(2);
    expect(value(IndicatorMeasure.INTERVIEWS, [1, 1], [1, 1])).toBe(2);
    expect(value(IndicatorMeasure.ASSESSMENTS_DONE, [1], [])).toBe(1);
    expect(value(IndicatorMeasure.EXITS, [1, 1, 1], [1])).toBe(3);
    expect(value(IndicatorMeasure.ACTIVE_FILE, [], [1, 1])).toBe(0);
  });

  it('sums the proven hours', () => {
    // 2 h + 45 min + 1 h 30 with proof; 3 h without
    expect(value(IndicatorMeasure.HOURS, [2, 0.75, 1.5], [3])).toBe(4.25);
    expect(value(IndicatorMeasure.HOURS, [1 / 3, 1 / 3, 1 / 3])).toBe(1);
  });

  it('gives the share of liaison sheets sent on time, late and missing ones included in the count', () => {
    // 4 on time, 1 late, 1 never sent: 66.67 %
    expect(value(IndicatorMeasure.SHEETS_ON_TIME, [1, 1, 1, 1], [1, 1])).toBe(66.67);
    expect(value(IndicatorMeasure.SHEETS_ON_TIME, [1, 1])).toBe(100);
    expect(value(IndicatorMeasure.SHEETS_ON_TIME, [])).toBe(0);
  });

  it('averages the waiting days of the people seen, those still waiting listed apart', () => {
    expect(value(IndicatorMeasure.FIRST_APPOINTMENT_WAIT, [10, 45], [300])).toBe(27.5);
    expect(value(IndicatorMeasure.FIRST_APPOINTMENT_WAIT, [], [12])).toBe(0);
    expect(lowerIsBetter(IndicatorMeasure.FIRST_APPOINTMENT_WAIT)).toBe(true);
    expect(lowerIsBetter(IndicatorMeasure.HOURS)).toBe(false);
  });

  it('rates a waiting time against its maximum', () => {
    expect(measureAchievementRate(IndicatorMeasure.FIRST_APPOINTMENT_WAIT, 12, 15, 3)).toBe(1);
    expect(measureAchievementRate(IndicatorMeasure.FIRST_APPOINTMENT_WAIT, 30, 15, 3)).toBe(0.5);
    expect(measureAchievementRate(IndicatorMeasure.FIRST_APPOINTMENT_WAIT, 0, 15, 0)).toBe(0);
    expect(measureAchievementRate(IndicatorMeasure.SHEETS_ON_TIME, 45, 90, 9)).toBe(0.5);
  });

  it('projects cumulative measures only', () => {
    expect(measureProjection(IndicatorMeasure.EXITS, 10, '2025-01-01', '2025-12-31', '2025-03-14')).toBe(50);
    expect(measureProjection(IndicatorMeasure.SHEETS_ON_TIME, 80, '2025-01-01', '2025-12-31', '2025-03-14')).toBe(80);
    expect(
      measureProjection(IndicatorMeasure.FIRST_APPOINTMENT_WAIT, 12, '2025-01-01', '2025-12-31', '2024-12-01'),
    ).toBe(0);
  });

  it('pays a waiting time in full within its maximum, pro rata target / value beyond it', () => {
    const price = 3_800_000n; // 38 000 €
    expect(
      indicatorAmountCents(
        IndicatorMeasure.FIRST_APPOINTMENT_WAIT,
        PaymentRule.PRO_RATA,
        { priceShare: 0.05 },
        12,
        20,
        2,
        price,
      ),
    ).toBe(190_000n);
    // 27.5 days for a maximum of 20: 20 / 27.5 of 1 900 €, rounded down to the cent
    expect(
      indicatorAmountCents(
        IndicatorMeasure.FIRST_APPOINTMENT_WAIT,
        PaymentRule.PRO_RATA,
        { priceShare: 0.05 },
        27.5,
        20,
        2,
        price,
      ),
    ).toBe(138_181n);
    expect(
      indicatorAmountCents(IndicatorMeasure.FIRST_APPOINTMENT_WAIT, PaymentRule.PRO_RATA, {}, 0, 20, 0, price),
    ).toBe(0n);
    const thresholds = [
      { rate: 0.5, share: 0.5 },
      { rate: 1, share: 1 },
    ];
    expect(
      indicatorAmountCents(
        IndicatorMeasure.FIRST_APPOINTMENT_WAIT,
        PaymentRule.THRESHOLDS,
        { thresholds },
        30,
        20,
        1,
        1_000_000n,
      ),
    ).toBe(500_000n);
    expect(
      indicatorAmountCents(
        IndicatorMeasure.FIRST_APPOINTMENT_WAIT,
        PaymentRule.THRESHOLDS,
        { thresholds },
        50,
        20,
        1,
        1_000_000n,
      ),
    ).toBe(0n);
    // other measures: the rule as is
    expect(
      indicatorAmountCents(
        IndicatorMeasure.HOURS,
        PaymentRule.CAP,
        { unitPrice: '50.00', priceShare: 0.05 },
        2,
        10,
        1,
        price,
      ),
    ).toBe(10_000n);
  });

  it('prices hours from their exact minutes, rounding only the final amount', () => {
    // 20 minutes proven at 100 € an hour: 33,33 €, where hours rounded to 0,33 h made 33,00 €.
    const twentyMinutes = exactMeasureValue(IndicatorMeasure.HOURS, { provenSum: '20', proven: 1, unproven: 0 });
    expect(ratioValue(twentyMinutes)).toBe(0.33);
    expect(amountPayableCents(PaymentRule.CAP, { unitPrice: '100.00' }, twentyMinutes, 10, 1_000_000n)).toBe(3_333n);
    expect(amountPayableCents(PaymentRule.CAP, { unitPrice: '100.00' }, 0.33, 10, 1_000_000n)).toBe(3_300n);
    // Pro rata: 10 minutes of a 300-hour target on 42 000 €: 23,33 €, not 23,80 € (0,17 h).
    const tenMinutes = exactMeasureValue(IndicatorMeasure.HOURS, { provenSum: '10', proven: 1, unproven: 0 });
    expect(amountPayableCents(PaymentRule.PRO_RATA, {}, tenMinutes, 300, 4_200_000n)).toBe(2_333n);
    // The indicator's part of the price is not rounded first: 60 % of 10 % of 100,19 € is 6,0114 € → 6,01 €
    // (rounding the part to 10,01 € first gave 6,00 €).
    expect(amountPayableCents(PaymentRule.PRO_RATA, { priceShare: 0.1 }, 6, 10, 10_019n)).toBe(601n);
    // Shares and averages are exact too.
    expect(
      ratioValue(exactMeasureValue(IndicatorMeasure.SHEETS_ON_TIME, { provenSum: '4', proven: 4, unproven: 2 })),
    ).toBe(66.67);
    expect(
      ratioValue(
        exactMeasureValue(IndicatorMeasure.FIRST_APPOINTMENT_WAIT, { provenSum: '55', proven: 2, unproven: 1 }),
      ),
    ).toBe(27.5);
  });

  it('allows a unit price for counts and sums only', () => {
    expect(ruleAllowedFor(IndicatorMeasure.ASSESSMENTS_DONE, PaymentRule.CAP)).toBe(true);
    expect(ruleAllowedFor(IndicatorMeasure.SHEETS_ON_TIME, PaymentRule.CAP)).toBe(false);
    expect(ruleAllowedFor(IndicatorMeasure.FIRST_APPOINTMENT_WAIT, PaymentRule.CAP)).toBe(false);
    expect(ruleAllowedFor(IndicatorMeasure.FIRST_APPOINTMENT_WAIT, PaymentRule.PRO_RATA)).toBe(true);
  });
});
