import { CejSuspensionReason } from './cej/contract';
import { EntrySituation } from './participants';
import { ExitReason } from './plie/exit';
import { ObstacleKind } from './plie/obstacles';
import { cejEventReasonIsSensitive, detailsAreSensitive, visibleEntrySituations } from './sensitive';

describe('special-category values', () => {
  it('drops the RQTH from the entry situations of someone without the right, keeps the rest', () => {
    const situations = [EntrySituation.RQTH, EntrySituation.RSA_RECIPIENT];
    expect(visibleEntrySituations(situations, false)).toEqual([EntrySituation.RSA_RECIPIENT]);
    expect(visibleEntrySituations(situations, true)).toEqual(situations);
  });

  it('finds a sensitive value anywhere in recorded details', () => {
    expect(detailsAreSensitive({ pathId: 'x', kind: ObstacleKind.HEALTH })).toBe(true);
    expect(detailsAreSensitive({ previousExit: { reason: ExitReason.HEALTH, date: '2026-01-01' } })).toBe(true);
    expect(detailsAreSensitive({ reason: CejSuspensionReason.HEALTH })).toBe(true);
    expect(detailsAreSensitive({ changed: [EntrySituation.RQTH] })).toBe(true);
    expect(detailsAreSensitive({ kind: ObstacleKind.MOBILITY, fields: ['entrySituations'] })).toBe(false);
    expect(detailsAreSensitive(null)).toBe(false);
  });

  it('recognises a CEJ event written for a health suspension', () => {
    expect(cejEventReasonIsSensitive('Raison de santé, maternité — hospitalisation')).toBe(true);
    expect(cejEventReasonIsSensitive('Raison familiale')).toBe(false);
    expect(cejEventReasonIsSensitive(null)).toBe(false);
  });
});
