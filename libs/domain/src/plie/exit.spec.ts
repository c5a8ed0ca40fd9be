import { ExitReason, isPositiveExit } from './exit';
import { ContractType, StepKind, StepOutcome } from './steps';

const cdi = { kind: StepKind.JOB, contractType: ContractType.CDI, workingTimePercent: 80, plannedStart: '2025-02-03' };
const shortCdd = {
  kind: StepKind.JOB,
  contractType: ContractType.CDD,
  contractMonths: 2,
  workingTimePercent: 100,
  plannedStart: '2025-02-03',
};
const qualifying = { kind: StepKind.TRAINING, qualifying: true, plannedStart: '2025-01-06', plannedEnd: '2025-06-27' };

describe('exit positivity', () => {
  it('is positive when the reason is proven by the last step', () => {
    expect(isPositiveExit(ExitReason.LASTING_JOB, cdi)).toBe(true);
    expect(isPositiveExit(ExitReason.QUALIFYING_TRAINING, qualifying)).toBe(true);
    expect(isPositiveExit(ExitReason.END_OF_PATH, cdi)).toBe(true);
    expect(isPositiveExit(ExitReason.END_OF_PATH, qualifying)).toBe(true);
  });

  it('is not positive when the last step does not prove the reason', () => {
    expect(isPositiveExit(ExitReason.LASTING_JOB, shortCdd)).toBe(false);
    expect(isPositiveExit(ExitReason.LASTING_JOB, qualifying)).toBe(false);
    expect(isPositiveExit(ExitReason.QUALIFYING_TRAINING, { ...qualifying, outcome: StepOutcome.ABANDONED })).toBe(
      false,
    );
    expect(isPositiveExit(ExitReason.LASTING_JOB, null)).toBe(false);
  });

  it('is never positive for a drop-out, a lost contact, a move or a reorientation', () => {
    for (const reason of [
      ExitReason.DROP_OUT,
      ExitReason.LOST_CONTACT,
      ExitReason.MOVED,
      ExitReason.REORIENTED,
      ExitReason.HEALTH,
      ExitReason.OTHER,
    ]) {
      expect(isPositiveExit(reason, cdi)).toBe(false);
    }
  });
});
