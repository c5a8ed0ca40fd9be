import { describe, expect, it } from 'vitest';
import { chooseStructureId } from './structure-choice';

const memberships = [{ structure: { id: 'ml-ales' } }, { structure: { id: 'plie-ales' } }];

describe('chooseStructureId', () => {
  it('keeps the remembered structure while it is still a membership', () => {
    expect(chooseStructureId('plie-ales', memberships, 'ml-ales')).toBe('plie-ales');
  });
  it('falls back to the server’s choice, then to the first membership', () => {
    expect(chooseStructureId('other-user-structure', memberships, 'ml-ales')).toBe('ml-ales');
    expect(chooseStructureId(null, memberships, null)).toBe('ml-ales');
    expect(chooseStructureId(null, [], null)).toBeNull();
  });
});
