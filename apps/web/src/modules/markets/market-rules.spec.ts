import { describe, expect, it } from 'vitest';
import {
  formatShare,
  groupLabel,
  isValidMark,
  normalizeAmount,
  previewScore,
  sameGrid,
  totalWeight,
} from './market-rules';

describe('market rules', () => {
  it('adds up the grid weights', () => {
    expect(totalWeight([{ weight: 30 }, { weight: '20' }, { weight: '' }])).toBe(50);
  });
  it('accepts marks from 0 to 20 with a comma or a dot', () => {
    expect(isValidMark('15,5')).toBe(true);
    expect(isValidMark('20')).toBe(true);
    expect(isValidMark('20.5')).toBe(false);
    expect(isValidMark('abc')).toBe(false);
  });
  it('previews the weighted score only when every criterion is marked', () => {
    const grid = [
      { id: 'a', weight: 60 },
      { id: 'b', weight: 40 },
    ];
    expect(previewScore(grid, { a: '10' })).toBeNull();
    expect(previewScore(grid, { a: '10', b: '15,5' })).toBe('61.00');
  });
  it('normalizes typed amounts', () => {
    expect(normalizeAmount('42 000,50')).toBe('42000.50');
  });
  it('tells whether a grid changed', () => {
    const grid = [
      { label: 'Prix', weight: 40 },
      { label: 'Méthode', weight: 60 },
    ];
    expect(
      sameGrid(
        [
          { label: 'Prix ', weight: 40 },
          { label: 'Méthode', weight: 60 },
        ],
        grid,
      ),
    ).toBe(true);
    expect(
      sameGrid(
        [
          { label: 'Prix', weight: 50 },
          { label: 'Méthode', weight: 50 },
        ],
        grid,
      ),
    ).toBe(false);
    expect(
      sameGrid(
        [
          { label: 'Méthode', weight: 60 },
          { label: 'Prix', weight: 40 },
        ],
        grid,
      ),
    ).toBe(false);
  });
});

describe('joint bids', () => {
  it('writes the group with the lead first and French shares', () => {
    expect(formatShare('60.00')).toBe('60 %');
    expect(formatShare('33.50')).toBe('33,5 %');
    expect(formatShare('100.00')).toBe('100 %');
    expect(formatShare('60')).toBe('60 %');
    expect(groupLabel([])).toBeNull();
    expect(
      groupLabel([
        { lead: true, sharePercent: '60.00', structure: { name: 'Cap Compétences' } },
        { lead: false, sharePercent: '40.00', structure: { name: 'Insertion Plus' } },
      ]),
    ).toBe('Groupement : Cap Compétences (mandataire, 60 %) · Insertion Plus (40 %)');
  });
});
