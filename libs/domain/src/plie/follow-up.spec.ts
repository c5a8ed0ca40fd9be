import { FollowUpKind, isWithoutContact, lastContactDate } from './follow-up';

const interview = (date: string) => ({ kind: FollowUpKind.INTERVIEW, date });
const reminder = (date: string, answered = false) => ({ kind: FollowUpKind.REMINDER, date, answered });

describe('"without contact" rule', () => {
  it('flags a person after 2 unanswered reminders since the last contact', () => {
    expect(isWithoutContact([interview('2025-01-10'), reminder('2025-02-01'), reminder('2025-02-15')])).toBe(true);
    expect(isWithoutContact([reminder('2025-02-01'), reminder('2025-02-15')])).toBe(true);
  });

  it('does not flag after a single reminder, or when a contact came after the reminders', () => {
    expect(isWithoutContact([interview('2025-01-10'), reminder('2025-02-01')])).toBe(false);
    expect(isWithoutContact([reminder('2025-02-01'), reminder('2025-02-15'), interview('2025-03-01')])).toBe(false);
    expect(isWithoutContact([reminder('2025-02-01'), reminder('2025-02-15', true)])).toBe(false);
  });

  it('counts an answered reminder and an attended meeting as contacts, but not a missed meeting', () => {
    expect(lastContactDate([reminder('2025-02-01', true), interview('2025-01-01')])).toBe('2025-02-01');
    expect(
      lastContactDate([{ kind: FollowUpKind.COLLECTIVE_MEETING, date: '2025-03-01', attended: false }]),
    ).toBeNull();
    expect(lastContactDate([{ kind: FollowUpKind.COLLECTIVE_MEETING, date: '2025-03-01', attended: true }])).toBe(
      '2025-03-01',
    );
  });
});
