import { BranchAreaKind, OperatorType, Role, StructureKind } from '@passerelle/domain';

/** Demo SIRETs are fictitious: a 13-digit stem completed with its Luhn key. */
export function fictitiousSiret(stem: string): string {
  for (let key = 0; key <= 9; key++) {
    const candidate = `${stem}${key}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let digit = Number(candidate[13 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error(`No Luhn key for ${stem}`);
}

export interface DemoStructure {
  key: string;
  kind: StructureKind;
  operatorType: OperatorType | null;
  name: string;
  siret: string;
  addressLine: string;
  postalCode: string;
  city: string;
  territory: string;
  branches: { code: string; name: string; areas: { kind: BranchAreaKind; code: string; label: string }[] }[];
}

const lyonDistrict = (n: number) => ({
  kind: BranchAreaKind.DISTRICT,
  code: `6938${n}`,
  label: `Lyon ${n}${n === 1 ? 'er' : 'e'} arrondissement`,
});

/** The operators of the seeds (000 to 004) and two providers. */
export const DEMO_STRUCTURES: DemoStructure[] = [
  {
    key: 'ml-ales',
    kind: StructureKind.OPERATOR,
    operatorType: OperatorType.MISSION_LOCALE,
    name: 'Mission Locale Alès Pays Cévennes',
    siret: fictitiousSiret('3014562870001'),
    addressLine: '12 rue Jules Cazot',
    postalCode: '30100',
    city: 'Alès',
    territory: 'Alès Agglomération',
    branches: [
      {
        code: 'ALES',
        name: 'Alès centre',
        areas: [
          { kind: BranchAreaKind.COMMUNE, code: '30007', label: 'Alès' },
          { kind: BranchAreaKind.COMMUNE, code: '30259', label: 'Saint-Christol-lès-Alès' },
        ],
      },
      {
        code: 'CEVENNES',
        name: 'Antenne des Cévennes',
        areas: [
          { kind: BranchAreaKind.COMMUNE, code: '30132', label: 'La Grand-Combe' },
          { kind: BranchAreaKind.COMMUNE, code: '30028', label: 'Bessèges' },
        ],
      },
    ],
  },
  {
    key: 'mlife-amiens',
    kind: StructureKind.OPERATOR,
    operatorType: OperatorType.PLIE,
    name: 'MLIFE Grand Amiénois (PLIE)',
    siret: fictitiousSiret('4415276390001'),
    addressLine: '1 rue Frédéric Petit',
    postalCode: '80000',
    city: 'Amiens',
    territory: 'Amiens Métropole',
    branches: [
      { code: 'AMIENS', name: 'Amiens', areas: [{ kind: BranchAreaKind.COMMUNE, code: '80021', label: 'Amiens' }] },
      {
        code: 'PERIPHERIE',
        name: 'Communes de la métropole',
        areas: [
          { kind: BranchAreaKind.COMMUNE, code: '80489', label: 'Longueau' },
          { kind: BranchAreaKind.COMMUNE, code: '80706', label: 'Rivery' },
          { kind: BranchAreaKind.COMMUNE, code: '80154', label: 'Camon' },
        ],
      },
    ],
  },
  {
    key: 'plie-lunel',
    kind: StructureKind.OPERATOR,
    operatorType: OperatorType.PLIE,
    name: 'PLIE du Pays de Lunel et du Pays de l’Or',
    siret: fictitiousSiret('5127803460001'),
    addressLine: '150 avenue des Abrivados',
    postalCode: '34400',
    city: 'Lunel',
    territory: 'Communautés de communes du Pays de Lunel et du Pays de l’Or',
    branches: [
      {
        code: 'LUNEL',
        name: 'Pays de Lunel',
        areas: [
          { kind: BranchAreaKind.COMMUNE, code: '34145', label: 'Lunel' },
          { kind: BranchAreaKind.COMMUNE, code: '34146', label: 'Lunel-Viel' },
        ],
      },
      {
        code: 'OR',
        name: 'Pays de l’Or',
        areas: [
          { kind: BranchAreaKind.COMMUNE, code: '34192', label: 'Mauguio' },
          { kind: BranchAreaKind.COMMUNE, code: '34154', label: 'La Grande-Motte' },
        ],
      },
    ],
  },
  {
    key: 'ml-lyon',
    kind: StructureKind.OPERATOR,
    operatorType: OperatorType.MISSION_LOCALE,
    name: 'Mission Locale de Lyon',
    siret: fictitiousSiret('7793021580001'),
    addressLine: '25 rue Jean Baldassini',
    postalCode: '69007',
    city: 'Lyon',
    territory: 'Ville de Lyon',
    // Seed 004: a young person is attached to a branch by the district ("arrondissement") they live in.
    branches: [
      {
        code: 'PENTES',
        name: 'Antenne Pentes (1er, 2e, 4e)',
        areas: [lyonDistrict(1), lyonDistrict(2), lyonDistrict(4)],
      },
      { code: 'VOLTAIRE', name: 'Antenne Voltaire (3e, 6e)', areas: [lyonDistrict(3), lyonDistrict(6)] },
      { code: 'GERLAND', name: 'Antenne Gerland (7e)', areas: [lyonDistrict(7)] },
      { code: 'DUCHERE', name: 'Antenne Duchère (5e, 9e)', areas: [lyonDistrict(5), lyonDistrict(9)] },
      { code: 'BACHUT', name: 'Antenne Bachut (8e)', areas: [lyonDistrict(8)] },
    ],
  },
  {
    key: 'insertion-plus',
    kind: StructureKind.PROVIDER,
    operatorType: null,
    name: 'Insertion Plus Picardie',
    siret: fictitiousSiret('8231457690001'),
    addressLine: '8 rue des Jacobins',
    postalCode: '80000',
    city: 'Amiens',
    territory: 'Somme',
    branches: [],
  },
  {
    key: 'cap-competences',
    kind: StructureKind.PROVIDER,
    operatorType: null,
    name: 'Cap Compétences Méditerranée',
    siret: fictitiousSiret('8456120370001'),
    addressLine: '40 rue de la Lanterne',
    postalCode: '34000',
    city: 'Montpellier',
    territory: 'Hérault',
    branches: [],
  },
];

export const DEMO_PASSWORD = 'Passerelle2026!';

/** One demo user per role. */
export const DEMO_USERS: { email: string; fullName: string; memberships: { structure: string; role: Role }[] }[] = [
  {
    email: 'admin@passerelle.test',
    fullName: 'Camille Admin',
    memberships: [{ structure: 'ml-ales', role: Role.PLATFORM_ADMIN }],
  },
  {
    email: 'directrice@ml-ales.test',
    fullName: 'Sophie Marchand',
    memberships: [{ structure: 'ml-ales', role: Role.DIRECTOR }],
  },
  {
    email: 'coordination@mlife-amiens.test',
    fullName: 'Karim Benali',
    memberships: [{ structure: 'mlife-amiens', role: Role.COORDINATOR }],
  },
  {
    email: 'conseiller@ml-lyon.test',
    fullName: 'Julien Roche',
    memberships: [{ structure: 'ml-lyon', role: Role.COUNSELLOR }],
  },
  {
    email: 'referente@plie-lunel.test',
    fullName: 'Nadia Ferhat',
    memberships: [{ structure: 'plie-lunel', role: Role.COUNSELLOR }],
  },
  {
    email: 'prestataire@insertion-plus.test',
    fullName: 'Élodie Caron',
    memberships: [{ structure: 'insertion-plus', role: Role.PROVIDER_STAFF }],
  },
  {
    // A référente de parcours employed by the provider (seed 001, lots 1 and 2): her portfolio is the admitted PLIE
    // paths of the participants oriented to Insertion Plus's lots.
    email: 'referente@insertion-plus.test',
    fullName: 'Sophie Lemaire',
    memberships: [{ structure: 'insertion-plus', role: Role.PROVIDER_STAFF }],
  },
  {
    email: 'direction@mlife-amiens.test',
    fullName: 'Hélène Vasseur',
    memberships: [{ structure: 'mlife-amiens', role: Role.DIRECTOR }],
  },
  {
    email: 'referent@mlife-amiens.test',
    fullName: 'Aurélien Morel',
    memberships: [{ structure: 'mlife-amiens', role: Role.COUNSELLOR }],
  },
  {
    email: 'coordination@plie-lunel.test',
    fullName: 'Pierre Almeras',
    memberships: [{ structure: 'plie-lunel', role: Role.COORDINATOR }],
  },
  {
    email: 'prestataire@cap-competences.test',
    fullName: 'Thomas Roux',
    memberships: [{ structure: 'cap-competences', role: Role.PROVIDER_STAFF }],
  },
  {
    email: 'conseillere@ml-ales.test',
    fullName: 'Inès Garcia',
    memberships: [{ structure: 'ml-ales', role: Role.COUNSELLOR }],
  },
  {
    email: 'coordination@ml-ales.test',
    fullName: 'Claire Fabre',
    memberships: [{ structure: 'ml-ales', role: Role.COORDINATOR }],
  },
  {
    email: 'coordination@ml-lyon.test',
    fullName: 'Sandrine Vidal',
    memberships: [{ structure: 'ml-lyon', role: Role.COORDINATOR }],
  },
  {
    email: 'controle@dreets.test',
    fullName: 'Marc Lefebvre (DREETS)',
    memberships: [{ structure: 'mlife-amiens', role: Role.CONTROLLER }],
  },
];
