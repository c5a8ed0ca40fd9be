import { describe, expect, it } from 'vitest';
import { formatDelta, positioningChartData } from './positioning-rules';

describe('positioning rules', () => {
  it('averages each field per sheet, oldest sheet first', () => {
    const data = positioningChartData([
      {
        date: '2025-09-10',
        milestone: 'SIX_MONTHS',
        scores: [
          { field: 'SOCIAL', score: 3 },
          { field: 'SOCIAL', score: 4 },
          { field: 'PROFESSIONAL', score: 2 },
        ],
      },
      {
        date: '2025-03-12',
        milestone: 'INITIAL',
        scores: [
          { field: 'SOCIAL', score: 1 },
          { field: 'SOCIAL', score: 2 },
          { field: 'PROFESSIONAL', score: 1 },
        ],
      },
    ]);
    expect(data.map((p) => p.fiche)).toEqual(['Initial (12/03/2025)', '6 mois (10/09/2025)']);
    expect(data[0]['Champ social']).toBe(1.5);
    expect(data[1]['Champ social']).toBe(3.5);
    expect(data[1]['Champ professionnel']).toBe(2);
    expect(data[1]['Savoirs fondamentaux']).toBeNull();
  });

  it('writes a progress with its sign', () => {
    expect(formatDelta(1)).toBe('+1');
    expect(formatDelta(-0.5)).toBe('−0,5');
    expect(formatDelta(0)).toBe('=');
    expect(formatDelta(null)).toBe('—');
  });
});
