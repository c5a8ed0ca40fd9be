import { BranchAreaKind, isValidSiret, OperatorType, StructureKind } from '@passerelle/domain';
import { digitsOnly } from '../../lib/format';

export interface StructureFormValues {
  kind: StructureKind;
  operatorType: OperatorType | null;
  name: string;
  siret: string;
  addressLine: string;
  postalCode: string;
  city: string;
  territory: string;
}

export const EMPTY_STRUCTURE: StructureFormValues = {
  kind: StructureKind.OPERATOR,
  operatorType: OperatorType.MISSION_LOCALE,
  name: '',
  siret: '',
  addressLine: '',
  postalCode: '',
  city: '',
  territory: '',
};

const required = (label: string) => (value: string) => (value.trim() ? null : `${label} est obligatoire.`);

export function validateSiret(value: string): string | null {
  const digits = digitsOnly(value);
  if (!digits) return 'Le SIRET est obligatoire.';
  if (digits.length !== 14 || /[^\d\s]/.test(value)) return 'Le SIRET compte 14 chiffres.';
  return isValidSiret(digits) ? null : 'Ce SIRET n’est pas valide (clé de contrôle incorrecte).';
}

export function validatePostalCode(value: string): string | null {
  if (!value.trim()) return 'Le code postal est obligatoire.';
  return /^(\d{5})$/.test(value.trim()) ? null : 'Le code postal compte 5 chiffres.';
}

export const structureValidation = {
  name: required('Le nom'),
  siret: validateSiret,
  addressLine: required('L’adresse'),
  postalCode: validatePostalCode,
  city: required('La commune'),
  territory: required('Le territoire'),
  operatorType: (value: OperatorType | null, values: StructureFormValues) =>
    values.kind === StructureKind.OPERATOR && !value ? 'Précisez le type de structure porteuse.' : null,
};

/** What the API receives: trimmed text, SIRET digits only, no operator type for a provider. */
export function normalizeStructure(values: StructureFormValues) {
  return {
    operatorType: values.kind === StructureKind.OPERATOR ? values.operatorType : null,
    name: values.name.trim(),
    siret: digitsOnly(values.siret),
    addressLine: values.addressLine.trim(),
    postalCode: values.postalCode.trim(),
    city: values.city.trim(),
    territory: values.territory.trim(),
  };
}

export interface BranchAreaFormValues {
  kind: BranchAreaKind;
  code: string;
  label: string;
}

export interface BranchFormValues {
  name: string;
  code: string;
  areas: BranchAreaFormValues[];
}

/** INSEE commune code: 5 characters, digits, or 2A/2B for Corsica. */
export function validateAreaCode(kind: BranchAreaKind, code: string): string | null {
  const value = code.trim();
  if (!value) return 'Le code est obligatoire.';
  if (kind === BranchAreaKind.COMMUNE && !/^(\d{5}|2[AB]\d{3})$/i.test(value)) {
    return 'Le code INSEE d’une commune compte 5 caractères (ex. 30007, 2A004).';
  }
  return null;
}

export const branchValidation = {
  name: required('Le nom'),
  code: required('Le code'),
  areas: {
    code: (value: string, values: BranchFormValues, path: string) => {
      const index = Number(path.split('.')[1]);
      return validateAreaCode(values.areas[index]?.kind ?? BranchAreaKind.COMMUNE, value);
    },
    label: required('Le libellé'),
  },
};

export function normalizeBranch(values: BranchFormValues) {
  return {
    name: values.name.trim(),
    code: values.code.trim(),
    areas: values.areas.map((area) => ({
      kind: area.kind,
      code: area.kind === BranchAreaKind.COMMUNE ? area.code.trim().toUpperCase() : area.code.trim(),
      label: area.label.trim(),
    })),
  };
}
