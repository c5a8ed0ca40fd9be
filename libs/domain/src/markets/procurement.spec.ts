import {
  bidsStillOpen,
  frenchDeadline,
  frenchRemainingTime,
  jointBidShareErrors,
  parisDayAndTime,
  parisInstant,
} from './procurement';

describe('bid deadline (seed 004: « avant le 31 janvier 2023, 16 heures »)', () => {
  it('reads a Paris wall clock in winter and in summer', () => {
    expect(parisInstant('2023-01-31', '16:00').toISOString()).toBe('2023-01-31T15:00:00.000Z');
    expect(parisInstant('2023-07-14', '09:30').toISOString()).toBe('2023-07-14T07:30:00.000Z');
    // The spring change: 02:30 does not exist in Paris, read as 03:30.
    expect(parisInstant('2023-03-26', '02:30').toISOString()).toBe('2023-03-26T01:30:00.000Z');
    expect(parisDayAndTime(new Date('2023-01-31T15:00:00.000Z'))).toEqual({ day: '2023-01-31', time: '16:00' });
    expect(parisDayAndTime(new Date('2023-07-13T22:30:00.000Z'))).toEqual({ day: '2023-07-14', time: '00:30' });
  });

  it('writes the deadline and the time left in French', () => {
    expect(frenchDeadline(parisInstant('2023-01-31', '16:00'))).toBe('31 janvier 2023 à 16 h');
    expect(frenchDeadline(parisInstant('2023-01-01', '09:05'))).toBe('1 janvier 2023 à 9 h 05');
    const deadline = parisInstant('2023-01-31', '16:00');
    const before = (minutes: number) => new Date(deadline.getTime() - minutes * 60_000);
    expect(frenchRemainingTime(deadline, before(3 * 1440 + 4 * 60 + 10))).toBe('3 jours et 4 heures');
    expect(frenchRemainingTime(deadline, before(1440))).toBe('1 jour');
    expect(frenchRemainingTime(deadline, before(65))).toBe('1 heure et 5 minutes');
    expect(frenchRemainingTime(deadline, before(2))).toBe('2 minutes');
    expect(frenchRemainingTime(deadline, deadline)).toBeNull();
  });

  it('closes bids at the deadline itself', () => {
    const deadline = parisInstant('2023-01-31', '16:00');
    expect(bidsStillOpen(deadline, new Date(deadline.getTime() - 1))).toBe(true);
    expect(bidsStillOpen(deadline, deadline)).toBe(false);
    expect(bidsStillOpen(null)).toBe(true);
  });
});

describe('joint bid shares (« groupement »)', () => {
  it('wants the lead’s and co-contractors’ shares to add up to exactly 100 %', () => {
    expect(jointBidShareErrors(null, [])).toEqual({});
    expect(jointBidShareErrors('60', ['40'])).toEqual({});
    expect(jointBidShareErrors('33.34', ['33.33', '33.33'])).toEqual({});
    expect(jointBidShareErrors('60', ['30'])).toEqual({
      coContractors: 'Les parts du groupement doivent totaliser 100 % (total saisi : 90 %).',
    });
    expect(jointBidShareErrors('60.5', ['40'])).toEqual({
      coContractors: 'Les parts du groupement doivent totaliser 100 % (total saisi : 100,5 %).',
    });
    expect(jointBidShareErrors(undefined, ['40'])).toEqual({
      leadSharePercent: 'Indiquez la part du mandataire (en %).',
    });
    expect(Object.keys(jointBidShareErrors('60', ['0']))).toEqual(['coContractors.0.sharePercent']);
    expect(Object.keys(jointBidShareErrors('abc', ['40.123']))).toEqual([
      'leadSharePercent',
      'coContractors.0.sharePercent',
    ]);
  });
});
