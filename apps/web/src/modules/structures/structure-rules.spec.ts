import { BranchAreaKind, OperatorType, StructureKind } from '@passerelle/domain';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_STRUCTURE,
  normalizeBranch,
  normalizeStructure,
  structureValidation,
  validateAreaCode,
  validateSiret,
} from './structure-rules';

describe('structure form rules', () => {
  it('checks the SIRET with its Luhn key, spaces allowed', () => {
    expect(validateSiret('732 829 320 00074')).toBeNull();
    expect(validateSiret('73282932000075')).toMatch(/clé de contrôle/);
    expect(validateSiret('7328293200007')).toMatch(/14 chiffres/);
    expect(validateSiret('')).toMatch(/obligatoire/);
  });

  it('requires an operator type only for an operator', () => {
    expect(structureValidation.operatorType(null, { ...EMPTY_STRUCTURE, kind: StructureKind.OPERATOR })).not.toBeNull();
    expect(structureValidation.operatorType(null, { ...EMPTY_STRUCTURE, kind: StructureKind.PROVIDER })).toBeNull();
  });

  it('sends digits only and drops the operator type of a provider', () => {
    const input = normalizeStructure({
      ...EMPTY_STRUCTURE,
      kind: StructureKind.PROVIDER,
      operatorType: OperatorType.PLIE,
      name: '  Insertion Plus ',
      siret: '732 829 320 00074',
    });
    expect(input).toMatchObject({ operatorType: null, name: 'Insertion Plus', siret: '73282932000074' });
  });

  it('checks INSEE codes of communes but not district codes', () => {
    expect(validateAreaCode(BranchAreaKind.COMMUNE, '30007')).toBeNull();
    expect(validateAreaCode(BranchAreaKind.COMMUNE, '2A004')).toBeNull();
    expect(validateAreaCode(BranchAreaKind.COMMUNE, 'Alès')).toMatch(/INSEE/);
    expect(validateAreaCode(BranchAreaKind.DISTRICT, 'Q-01')).toBeNull();
    expect(validateAreaCode(BranchAreaKind.DISTRICT, ' ')).toMatch(/obligatoire/);
    expect(
      normalizeBranch({
        name: ' Centre ',
        code: ' C1 ',
        areas: [{ kind: BranchAreaKind.COMMUNE, code: '2b033 ', label: ' Bastia ' }],
      }),
    ).toEqual({
      name: 'Centre',
      code: 'C1',
      areas: [{ kind: BranchAreaKind.COMMUNE, code: '2B033', label: 'Bastia' }],
    });
  });
});
