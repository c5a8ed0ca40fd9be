import { InterviewKind } from './enums';
import { frenchMonth, interviewFollowUp } from './interview-cadence';

const psy = (date: string) => ({ date, kind: InterviewKind.PSYCHOSOCIAL_SUPPORT });
const help = (date: string) => ({ date, kind: InterviewKind.FOLLOW_UP });

describe('interviews of seed 002, lot 1', () => {
  it('flags the interviews beyond the lot’s maximum per participant, psychosocial support apart', () => {
    const five = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02'].map(help);
    expect(interviewFollowUp(five, 5, '2026-02-10')).toMatchObject({ counted: 5, limit: 5, beyondLimit: 0 });
    expect(interviewFollowUp([...five, help('2026-02-09'), psy('2026-02-09')], 5, '2026-02-10')).toMatchObject({
      counted: 6,
      beyondLimit: 1,
    });
    expect(interviewFollowUp(five, null, '2026-02-10').beyondLimit).toBe(0);
  });

  it('tracks psychosocial support at two a month from the first, a finished month below two being late', () => {
    const result = interviewFollowUp(
      [psy('2026-01-20'), psy('2026-01-27'), psy('2026-02-10'), psy('2026-04-02')],
      5,
      '2026-04-15',
    );
    expect(result.psychosocialMonths).toEqual([
      { month: '2026-01', interviews: 2, late: false },
      { month: '2026-02', interviews: 1, late: true },
      { month: '2026-03', interviews: 0, late: true },
      { month: '2026-04', interviews: 1, late: false },
    ]);
    expect(interviewFollowUp([help('2026-01-05')], 5, '2026-04-15').psychosocialMonths).toEqual([]);
    expect(frenchMonth('2026-12')).toBe('décembre 2026');
  });
});
