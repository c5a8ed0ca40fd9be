import { isValidSiret } from './structures';

describe('isValidSiret', () => {
  it('accepts a SIRET whose Luhn checksum is valid', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
  });
  it('rejects a wrong checksum, letters and wrong lengths', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
  });
  it('applies the La Poste exception', () => {
    expect(isValidSiret('35600000000010')).toBe(true);
  });
});
