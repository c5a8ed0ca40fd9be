import {
  achievementRate,
  amountPayableCents,
  centsToEuros,
  eurosToCents,
  paymentParamsErrors,
  PaymentRule,
  periodDays,
  projectedValue,
} from './index';

describe('payment indicators', () => {
  it('computes the achievement rate', () => {
    expect(achievementRate(50, 100)).toBe(0.5);
    expect(achievementRate(120, 100)).toBe(1.2);
    expect(achievementRate(3, 0)).toBe(0);
  });

  it('converts euros and cents exactly', () => {
    expect(eurosToCents('42000.00')).toBe(4_200_000n);
    expect(eurosToCents('0.1')).toBe(10n);
    expect(centsToEuros(4_200_005n)).toBe('42000.05');
    expect(centsToEuros(7n)).toBe('0.07');
  });

  it('pays pro rata up to the maximum price', () => {
    expect(amountPayableCents(PaymentRule.PRO_RATA, {}, 60, 100, 4_200_000n)).toBe(2_520_000n);
    expect(amountPayableCents(PaymentRule.PRO_RATA, {}, 150, 100, 4_200_000n)).toBe(4_200_000n);
    // 1/3 of 100.00 € is rounded down to the cent: 33.33 €
    expect(amountPayableCents(PaymentRule.PRO_RATA, {}, 1, 3, 10_000n)).toBe(3_333n);
    // hours with decimals: 1.5 h of 3 h
    expect(amountPayableCents(PaymentRule.PRO_RATA, {}, 1.5, 3, 10_000n)).toBe(5_000n);
    expect(amountPayableCents(PaymentRule.PRO_RATA, {}, 5, 0, 10_000n)).toBe(0n);
  });

  it('pays the share of the highest threshold reached', () => {
    const thresholds = [
      { rate: 0.5, share: 0.3 },
      { rate: 0.8, share: 0.7 },
      { rate: 1, share: 1 },
    ];
    expect(amountPayableCents(PaymentRule.THRESHOLDS, { thresholds }, 49, 100, 1_000_000n)).toBe(0n);
    expect(amountPayableCents(PaymentRule.THRESHOLDS, { thresholds }, 50, 100, 1_000_000n)).toBe(300_000n);
    expect(amountPayableCents(PaymentRule.THRESHOLDS, { thresholds }, 85, 100, 1_000_000n)).toBe(700_000n);
    expect(amountPayableCents(PaymentRule.THRESHOLDS, { thresholds }, 130, 100, 1_000_000n)).toBe(1_000_000n);
  });

  it('pays a unit price capped at the maximum price', () => {
    expect(amountPayableCents(PaymentRule.CAP, { unitPrice: '150.00' }, 10, 100, 1_000_000n)).toBe(150_000n);
    expect(amountPayableCents(PaymentRule.CAP, { unitPrice: '150.00' }, 100, 100, 1_000_000n)).toBe(1_000_000n);
  });

  it('pays only the part of the lot price the indicator governs', () => {
    // seed 001, lot 3: 270 h of face to face govern 69 % of 25 000 €; 135 h done: half of 17 250 €
    expect(amountPayableCents(PaymentRule.PRO_RATA, { priceShare: 0.69 }, 135, 270, 2_500_000n)).toBe(862_500n);
    // CAP: value × unit price, capped at the governed part of the price (here 20 % of 10 000 €)
    expect(amountPayableCents(PaymentRule.CAP, { unitPrice: '150.00', priceShare: 0.2 }, 10, 100, 1_000_000n)).toBe(
      150_000n,
    );
    expect(amountPayableCents(PaymentRule.CAP, { unitPrice: '150.00', priceShare: 0.2 }, 20, 100, 1_000_000n)).toBe(
      200_000n,
    );
    expect(paymentParamsErrors(PaymentRule.PRO_RATA, { priceShare: 0 })).toHaveProperty('priceShare');
    expect(paymentParamsErrors(PaymentRule.PRO_RATA, { priceShare: 1.2 })).toHaveProperty('priceShare');
  });

  it('checks the parameters of the rule', () => {
    expect(paymentParamsErrors(PaymentRule.PRO_RATA, {})).toEqual({});
    expect(paymentParamsErrors(PaymentRule.THRESHOLDS, {})).toHaveProperty('thresholds');
    expect(paymentParamsErrors(PaymentRule.THRESHOLDS, { thresholds: [{ rate: 0.5, share: 2 }] })).toHaveProperty(
      'thresholds',
    );
    expect(paymentParamsErrors(PaymentRule.CAP, { unitPrice: 'abc' })).toHaveProperty('unitPrice');
  });

  it('projects the value to the end of the period at the current pace', () => {
    expect(periodDays('2025-01-01', '2025-12-31')).toBe(365);
    // 10 participants after 73 days of 365: 50 at the end
    expect(projectedValue(10, '2025-01-01', '2025-12-31', '2025-03-14')).toBe(50);
    expect(projectedValue(10, '2025-01-01', '2025-12-31', '2024-12-31')).toBe(0);
    expect(projectedValue(10, '2025-01-01', '2025-12-31', '2026-02-01')).toBe(10);
    expect(projectedValue(3, '2025-01-01', '2025-01-10', '2025-01-03')).toBe(10);
  });
});
