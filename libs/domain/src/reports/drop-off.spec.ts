import { ExitReason } from '../plie/exit';
import { FollowUpKind } from '../plie/follow-up';
import { firstContactDate, isExitWithoutSolution, isNeverSeenAgain, isRupture } from './drop-off';

const interview = (date: string) => ({ kind: FollowUpKind.INTERVIEW, date });
const reminder = (date: string, answered = false) => ({ kind: FollowUpKind.REMINDER, date, answered });
const meeting = (date: string, attended: boolean) => ({ kind: FollowUpKind.COLLECTIVE_MEETING, date, attended });

describe('drop-off definitions', () => {
  it('takes the first real contact, ignoring unanswered reminders and missed meetings', () => {
    expect(
      firstContactDate([
        reminder('2025-01-02'),
        meeting('2025-01-03', false),
        interview('2025-01-10'),
        interview('2025-01-05'),
      ]),
    ).toBe('2025-01-05');
    expect(firstContactDate([reminder('2025-01-02')])).toBeNull();
  });

  it('counts a person not come back 90 days after a first contact with no later contact', () => {
    const once = [interview('2025-01-10'), reminder('2025-02-01'), reminder('2025-02-15')];
    expect(isNeverSeenAgain(once, '2025-04-10')).toBe(true);
    expect(isNeverSeenAgain(once, '2025-04-09')).toBe(false); // the window has not passed yet
    expect(isNeverSeenAgain([interview('2025-01-10'), interview('2025-01-10')], '2025-06-01')).toBe(true); // same day
    expect(isNeverSeenAgain([interview('2025-01-10'), reminder('2025-03-01', true)], '2025-06-01')).toBe(false);
    expect(isNeverSeenAgain([interview('2025-01-10'), meeting('2025-02-01', true)], '2025-06-01')).toBe(false);
    expect(isNeverSeenAgain([reminder('2025-01-10')], '2025-06-01')).toBe(false); // never seen at all
    expect(isNeverSeenAgain(once, '2025-02-10', 30)).toBe(true);
  });

  it('calls drop-outs and lost contacts ruptures, and the other non-positive exits but reorientation "without solution"', () => {
    expect(isRupture(ExitReason.DROP_OUT)).toBe(true);
    expect(isRupture(ExitReason.LOST_CONTACT)).toBe(true);
    expect(isRupture(ExitReason.MOVED)).toBe(false);
    expect(isExitWithoutSolution(ExitReason.END_OF_PATH, false)).toBe(true);
    expect(isExitWithoutSolution(ExitReason.HEALTH, false)).toBe(true);
    expect(isExitWithoutSolution(ExitReason.END_OF_PATH, true)).toBe(false);
    expect(isExitWithoutSolution(ExitReason.DROP_OUT, false)).toBe(false);
    expect(isExitWithoutSolution(ExitReason.REORIENTED, false)).toBe(false);
  });
});
