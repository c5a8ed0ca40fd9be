import { formatMinutes, hoursToMinutes, overfullDayMessage } from './day-limit';

describe('a day has 24 hours', () => {
  it('accepts a full day and refuses more, naming the day (French format) and the total', () => {
    expect(overfullDayMessage('STAFF', '2026-03-05', 24 * 60)).toBeNull();
    expect(overfullDayMessage('STAFF', '2026-03-05', 25 * 60 + 30)).toBe(
      'Vos temps saisis le 05/03/2026 totaliseraient 25 h 30 : une journée ne compte que 24 heures.',
    );
    expect(overfullDayMessage('YOUNG_PERSON', '2026-12-31', 26 * 60)).toBe(
      'Les actions prévues ou réalisées de ce ou cette jeune le 31/12/2026 totaliseraient 26 h : une journée ne compte que 24 heures.',
    );
  });

  it('writes durations in hours and minutes, and hours in whole minutes', () => {
    expect(formatMinutes(61)).toBe('1 h 01');
    expect(formatMinutes(1441)).toBe('24 h 01');
    expect(hoursToMinutes(7.25)).toBe(435);
    expect(hoursToMinutes(0.1 + 0.2)).toBe(18);
  });
});
