/**
 * A structure is a tenant: the operator that runs a programme, a provider it subcontracts, or a network (regional
 * association, department, DREETS) that groups member structures and reads only their aggregated figures.
 */
export enum StructureKind {
  OPERATOR = 'OPERATOR',
  PROVIDER = 'PROVIDER',
  NETWORK = 'NETWORK',
}

export enum OperatorType {
  MISSION_LOCALE = 'MISSION_LOCALE',
  PLIE = 'PLIE',
}

/** How a branch's coverage is expressed: a commune (INSEE code) or a district of a city. */
export enum BranchAreaKind {
  COMMUNE = 'COMMUNE',
  DISTRICT = 'DISTRICT',
}

export const STRUCTURE_KIND_LABELS: Record<StructureKind, string> = {
  [StructureKind.OPERATOR]: 'Structure porteuse',
  [StructureKind.PROVIDER]: 'Prestataire',
  [StructureKind.NETWORK]: 'Réseau',
};

export const OPERATOR_TYPE_LABELS: Record<OperatorType, string> = {
  [OperatorType.MISSION_LOCALE]: 'Mission Locale',
  [OperatorType.PLIE]: 'PLIE',
};

export const BRANCH_AREA_KIND_LABELS: Record<BranchAreaKind, string> = {
  [BranchAreaKind.COMMUNE]: 'Commune',
  [BranchAreaKind.DISTRICT]: 'Arrondissement / quartier',
};

/** SIRET: 14 digits whose Luhn checksum is valid (La Poste's establishments excepted). */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith('356000000')) {
    return siret.split('').reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(siret[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
