import { describe, expect, it } from 'vitest';
import { overviewFilterOptions } from './overview-rules';

describe('overview filters', () => {
  it('lists each market and each awarded provider once, providers in French order', () => {
    const options = overviewFilterOptions([
      {
        id: 'm1',
        reference: 'MAPA-1',
        title: 'Accompagnement',
        lots: [{ awardedProvider: { id: 'p2', name: 'Insertion Plus' } }, { awardedProvider: null }],
      },
      {
        id: 'm2',
        reference: 'AO-2',
        title: 'Freins',
        lots: [
          { awardedProvider: { id: 'p1', name: 'Cap Compétences' } },
          { awardedProvider: { id: 'p2', name: 'Insertion Plus' } },
        ],
      },
    ]);
    expect(options.markets).toEqual([
      { value: 'm1', label: 'MAPA-1 · Accompagnement' },
      { value: 'm2', label: 'AO-2 · Freins' },
    ]);
    expect(options.providers).toEqual([
      { value: 'p1', label: 'Cap Compétences' },
      { value: 'p2', label: 'Insertion Plus' },
    ]);
  });
});
