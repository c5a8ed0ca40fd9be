import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password';

describe('passwordWeakness', () => {
  it('asks for 12 characters mixing letters and digits', () => {
    expect(passwordWeakness('Passerelle2026!')).toBeNull();
    expect(passwordWeakness('court1')).toMatch(/12 caractères/);
    expect(passwordWeakness('seulementdeslettres')).toMatch(/lettres et chiffres/);
    expect(passwordWeakness('123456789012345')).toMatch(/lettres et chiffres/);
  });
});
