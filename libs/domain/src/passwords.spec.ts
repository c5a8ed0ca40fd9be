import { passwordWeakness } from './passwords';

describe('passwordWeakness', () => {
  it('asks for 12 characters mixing letters and digits', () => {
    expect(passwordWeakness('Court1')).toBe('Le mot de passe doit contenir au moins 12 caractères.');
    expect(passwordWeakness('seulementdeslettres')).toBe('Le mot de passe doit mêler lettres et chiffres.');
    expect(passwordWeakness('123456789012345')).toBe('Le mot de passe doit mêler lettres et chiffres.');
    expect(passwordWeakness('Passerelle2026!')).toBeNull();
  });
});
