/**
 * The digital path of CEJ young people (seed 004): a Pix diagnostic, an individual digital action plan, collective
 * digital workshops, optional certification (Pix, CléA numérique, PCIE).
 *
 * Pix: 16 competences in 5 domains; 8 pix per level; levels 1 to 7 open today, so at most 56 pix per competence
 * and 896 in total.
 */
export enum PixDomain {
  INFORMATION = 'INFORMATION',
  COMMUNICATION = 'COMMUNICATION',
  CONTENT = 'CONTENT',
  SECURITY = 'SECURITY',
  ENVIRONMENT = 'ENVIRONMENT',
}

export const PIX_DOMAIN_LABELS: Record<PixDomain, string> = {
  [PixDomain.INFORMATION]: '1. Informations et données',
  [PixDomain.COMMUNICATION]: '2. Communication et collaboration',
  [PixDomain.CONTENT]: '3. Création de contenu',
  [PixDomain.SECURITY]: '4. Protection et sécurité',
  [PixDomain.ENVIRONMENT]: '5. Environnement numérique',
};

export interface PixCompetence {
  code: string;
  domain: PixDomain;
  label: string;
}

export const PIX_COMPETENCES: readonly PixCompetence[] = [
  { code: '1.1', domain: PixDomain.INFORMATION, label: 'Mener une recherche et une veille d’information' },
  { code: '1.2', domain: PixDomain.INFORMATION, label: 'Gérer des données' },
  { code: '1.3', domain: PixDomain.INFORMATION, label: 'Traiter des données' },
  { code: '2.1', domain: PixDomain.COMMUNICATION, label: 'Interagir' },
  { code: '2.2', domain: PixDomain.COMMUNICATION, label: 'Partager et publier' },
  { code: '2.3', domain: PixDomain.COMMUNICATION, label: 'Collaborer' },
  { code: '2.4', domain: PixDomain.COMMUNICATION, label: 'S’insérer dans le monde numérique' },
  { code: '3.1', domain: PixDomain.CONTENT, label: 'Développer des documents textuels' },
  { code: '3.2', domain: PixDomain.CONTENT, label: 'Développer des documents multimédia' },
  { code: '3.3', domain: PixDomain.CONTENT, label: 'Adapter les documents à leur finalité' },
  { code: '3.4', domain: PixDomain.CONTENT, label: 'Programmer' },
  { code: '4.1', domain: PixDomain.SECURITY, label: 'Sécuriser l’environnement numérique' },
  { code: '4.2', domain: PixDomain.SECURITY, label: 'Protéger les données personnelles et la vie privée' },
  { code: '4.3', domain: PixDomain.SECURITY, label: 'Protéger la santé, le bien-être et l’environnement' },
  { code: '5.1', domain: PixDomain.ENVIRONMENT, label: 'Résoudre des problèmes techniques' },
  { code: '5.2', domain: PixDomain.ENVIRONMENT, label: 'Construire un environnement numérique' },
];

export const PIX_PER_LEVEL = 8;
export const PIX_MAX_OPEN_LEVEL = 7;
export const PIX_MAX_PER_COMPETENCE = PIX_PER_LEVEL * PIX_MAX_OPEN_LEVEL;
export const PIX_MAX_TOTAL = PIX_MAX_PER_COMPETENCE * PIX_COMPETENCES.length;

export const pixCompetence = (code: string): PixCompetence | undefined => PIX_COMPETENCES.find((c) => c.code === code);

/** The level reached with this many pix in a competence (0 below 8 pix). */
export const pixLevel = (pix: number): number => Math.min(PIX_MAX_OPEN_LEVEL, Math.floor(pix / PIX_PER_LEVEL));

/** Per-field errors of a diagnostic's scores: known competences, each once, 0 to 56 pix. */
export function pixScoreErrors(scores: readonly { competence: string; pix: number }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  scores.forEach((entry, index) => {
    if (!pixCompetence(entry.competence)) errors[`scores.${index}.competence`] = 'Compétence Pix inconnue (1.1 à 5.2).';
    else if (seen.has(entry.competence))
      errors[`scores.${index}.competence`] = 'Cette compétence est saisie deux fois.';
    seen.add(entry.competence);
    if (!Number.isInteger(entry.pix) || entry.pix < 0 || entry.pix > PIX_MAX_PER_COMPETENCE) {
      errors[`scores.${index}.pix`] =
        `De 0 à ${PIX_MAX_PER_COMPETENCE} pix par compétence (niveaux 1 à ${PIX_MAX_OPEN_LEVEL}).`;
    }
  });
  return errors;
}

export enum DigitalPlanItemStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
  DROPPED = 'DROPPED',
}

export const DIGITAL_PLAN_ITEM_STATUS_LABELS: Record<DigitalPlanItemStatus, string> = {
  [DigitalPlanItemStatus.PLANNED]: 'Prévu',
  [DigitalPlanItemStatus.IN_PROGRESS]: 'En cours',
  [DigitalPlanItemStatus.ACHIEVED]: 'Atteint',
  [DigitalPlanItemStatus.DROPPED]: 'Abandonné',
};

export enum WorkshopAttendance {
  ENROLLED = 'ENROLLED',
  ATTENDED = 'ATTENDED',
  ABSENT_EXCUSED = 'ABSENT_EXCUSED',
  ABSENT_UNEXCUSED = 'ABSENT_UNEXCUSED',
}

export const WORKSHOP_ATTENDANCE_LABELS: Record<WorkshopAttendance, string> = {
  [WorkshopAttendance.ENROLLED]: 'Inscrit·e',
  [WorkshopAttendance.ATTENDED]: 'Présent·e',
  [WorkshopAttendance.ABSENT_EXCUSED]: 'Absent·e (justifié)',
  [WorkshopAttendance.ABSENT_UNEXCUSED]: 'Absent·e (injustifié)',
};

export enum DigitalCertificationKind {
  PIX = 'PIX',
  CLEA_NUMERIQUE = 'CLEA_NUMERIQUE',
  PCIE = 'PCIE',
  OTHER = 'OTHER',
}

export const DIGITAL_CERTIFICATION_LABELS: Record<DigitalCertificationKind, string> = {
  [DigitalCertificationKind.PIX]: 'Certification Pix',
  [DigitalCertificationKind.CLEA_NUMERIQUE]: 'CléA numérique',
  [DigitalCertificationKind.PCIE]: 'PCIE / ICDL',
  [DigitalCertificationKind.OTHER]: 'Autre certification',
};
