import { addDays, addMonths, CalendarDate } from '../dates';

/**
 * The positioning sheet ("fiche de positionnement", seed 000): within the first 15 days, at 6 months, at 12 months
 * and at each renewal, counsellor and young person score a grid of skills in three fields.
 */
export enum PositioningField {
  SOCIAL = 'SOCIAL',
  PROFESSIONAL = 'PROFESSIONAL',
  FUNDAMENTAL_KNOWLEDGE = 'FUNDAMENTAL_KNOWLEDGE',
}

export const POSITIONING_FIELD_LABELS: Record<PositioningField, string> = {
  [PositioningField.SOCIAL]: 'Champ social',
  [PositioningField.PROFESSIONAL]: 'Champ professionnel',
  [PositioningField.FUNDAMENTAL_KNOWLEDGE]: 'Savoirs fondamentaux',
};

export interface PositioningSkill {
  code: string;
  field: PositioningField;
  label: string;
}

/** The shared grid: every sheet scores every skill. */
export const POSITIONING_SKILLS: readonly PositioningSkill[] = [
  { code: 'SOC_ADMIN', field: PositioningField.SOCIAL, label: 'Démarches administratives et accès aux droits' },
  { code: 'SOC_MOBILITY', field: PositioningField.SOCIAL, label: 'Mobilité (transports, permis)' },
  { code: 'SOC_HOUSING_BUDGET', field: PositioningField.SOCIAL, label: 'Logement et gestion du budget' },
  { code: 'SOC_HEALTH', field: PositioningField.SOCIAL, label: 'Santé et bien-être' },
  { code: 'SOC_RELATIONS', field: PositioningField.SOCIAL, label: 'Communication et relations aux autres' },
  { code: 'SOC_COMMITMENT', field: PositioningField.SOCIAL, label: 'Ponctualité, assiduité, respect des engagements' },
  { code: 'PRO_PROJECT', field: PositioningField.PROFESSIONAL, label: 'Projet professionnel' },
  {
    code: 'PRO_JOB_SEARCH',
    field: PositioningField.PROFESSIONAL,
    label: 'Techniques de recherche d’emploi (CV, lettre, entretien)',
  },
  { code: 'PRO_MARKET', field: PositioningField.PROFESSIONAL, label: 'Connaissance du bassin d’emploi et des métiers' },
  { code: 'PRO_BEHAVIOUR', field: PositioningField.PROFESSIONAL, label: 'Savoir-être en milieu professionnel' },
  {
    code: 'PRO_EXPERIENCE',
    field: PositioningField.PROFESSIONAL,
    label: 'Expériences en entreprise et compétences transférables',
  },
  { code: 'FUN_FRENCH', field: PositioningField.FUNDAMENTAL_KNOWLEDGE, label: 'Lire, écrire, s’exprimer en français' },
  { code: 'FUN_MATHS', field: PositioningField.FUNDAMENTAL_KNOWLEDGE, label: 'Calcul et raisonnement' },
  { code: 'FUN_DIGITAL', field: PositioningField.FUNDAMENTAL_KNOWLEDGE, label: 'Usages numériques' },
  { code: 'FUN_LEARNING', field: PositioningField.FUNDAMENTAL_KNOWLEDGE, label: 'Apprendre à apprendre, s’organiser' },
];

export const POSITIONING_SKILL_CODES: readonly string[] = POSITIONING_SKILLS.map((s) => s.code);
export const positioningSkill = (code: string): PositioningSkill | undefined =>
  POSITIONING_SKILLS.find((s) => s.code === code);

export const POSITIONING_MIN_SCORE = 1;
export const POSITIONING_MAX_SCORE = 4;
export const POSITIONING_SCORE_LABELS: Record<number, string> = {
  1: 'Non acquis',
  2: 'En cours d’acquisition',
  3: 'Acquis',
  4: 'Maîtrisé',
};

export enum PositioningMilestone {
  INITIAL = 'INITIAL',
  SIX_MONTHS = 'SIX_MONTHS',
  TWELVE_MONTHS = 'TWELVE_MONTHS',
  RENEWAL = 'RENEWAL',
}

export const POSITIONING_MILESTONE_LABELS: Record<PositioningMilestone, string> = {
  [PositioningMilestone.INITIAL]: 'Positionnement initial (15 premiers jours)',
  [PositioningMilestone.SIX_MONTHS]: 'Positionnement à 6 mois',
  [PositioningMilestone.TWELVE_MONTHS]: 'Positionnement à 12 mois',
  [PositioningMilestone.RENEWAL]: 'Positionnement au renouvellement',
};

/** The initial sheet is due within the first 15 days (day 15 included). */
export const INITIAL_POSITIONING_DAYS = 15;
/** A renewal's sheet is due within 15 days of the commission. */
export const RENEWAL_POSITIONING_DAYS = 15;

export interface PositioningDue {
  milestone: PositioningMilestone;
  /** For a renewal: which one. */
  renewalId: string | null;
  dueOn: CalendarDate;
}

/**
 * The sheets a contract owes: initial, at 6 months and at 12 months when the contract lasts that long (due on that
 * day, or on the last day of the contract if it ends before), and one per renewal.
 */
export function positioningSchedule(
  contract: { startOn: CalendarDate; lastDayOn: CalendarDate },
  renewals: readonly { id: string; commissionOn: CalendarDate }[],
): PositioningDue[] {
  const due: PositioningDue[] = [
    {
      milestone: PositioningMilestone.INITIAL,
      renewalId: null,
      dueOn: addDays(contract.startOn, INITIAL_POSITIONING_DAYS - 1),
    },
  ];
  const atMonths = (months: number) => {
    const day = addMonths(contract.startOn, months);
    return day <= addDays(contract.lastDayOn, 1) ? (day > contract.lastDayOn ? contract.lastDayOn : day) : null;
  };
  const six = atMonths(6);
  if (six) due.push({ milestone: PositioningMilestone.SIX_MONTHS, renewalId: null, dueOn: six });
  const twelve = atMonths(12);
  if (twelve) due.push({ milestone: PositioningMilestone.TWELVE_MONTHS, renewalId: null, dueOn: twelve });
  for (const renewal of renewals) {
    due.push({
      milestone: PositioningMilestone.RENEWAL,
      renewalId: renewal.id,
      dueOn: addDays(renewal.commissionOn, RENEWAL_POSITIONING_DAYS - 1),
    });
  }
  return due.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}

export enum PositioningDueStatus {
  DONE = 'DONE',
  UPCOMING = 'UPCOMING',
  OVERDUE = 'OVERDUE',
}

export const POSITIONING_DUE_STATUS_LABELS: Record<PositioningDueStatus, string> = {
  [PositioningDueStatus.DONE]: 'Réalisé',
  [PositioningDueStatus.UPCOMING]: 'À venir',
  [PositioningDueStatus.OVERDUE]: 'En retard',
};

export function positioningDueStatus(due: PositioningDue, done: boolean, today: CalendarDate): PositioningDueStatus {
  if (done) return PositioningDueStatus.DONE;
  return due.dueOn < today ? PositioningDueStatus.OVERDUE : PositioningDueStatus.UPCOMING;
}

/** Per-field errors of a grid: every skill of the grid scored once, on the 1–4 scale. */
export function positioningScoreErrors(scores: readonly { skill: string; score: number }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  scores.forEach((entry, index) => {
    if (!positioningSkill(entry.skill)) errors[`scores.${index}.skill`] = 'Compétence inconnue de la grille.';
    else if (seen.has(entry.skill)) errors[`scores.${index}.skill`] = 'Cette compétence est notée deux fois.';
    seen.add(entry.skill);
    if (!Number.isInteger(entry.score) || entry.score < POSITIONING_MIN_SCORE || entry.score > POSITIONING_MAX_SCORE) {
      errors[`scores.${index}.score`] = `Une note de ${POSITIONING_MIN_SCORE} à ${POSITIONING_MAX_SCORE} est attendue.`;
    }
  });
  const missing = POSITIONING_SKILL_CODES.filter((code) => !seen.has(code));
  if (missing.length > 0 && Object.keys(errors).length === 0) {
    errors.scores = `Toutes les compétences de la grille doivent être notées ; il manque : ${missing.map((code) => positioningSkill(code)!.label).join(', ')}.`;
  }
  return errors;
}

export interface SkillProgress {
  skill: string;
  field: PositioningField;
  before: number | null;
  after: number | null;
  delta: number | null;
}

export interface FieldProgress {
  field: PositioningField;
  /** Average score of the field, 2 decimals. */
  before: number | null;
  after: number | null;
  delta: number | null;
}

const average = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

/** Progress between two sheets, per skill and per field (average of the field's skills). */
export function positioningProgress(
  before: readonly { skill: string; score: number }[],
  after: readonly { skill: string; score: number }[],
): { skills: SkillProgress[]; fields: FieldProgress[] } {
  const b = new Map(before.map((s) => [s.skill, s.score]));
  const a = new Map(after.map((s) => [s.skill, s.score]));
  const skills = POSITIONING_SKILLS.map((skill) => {
    const x = b.get(skill.code) ?? null;
    const y = a.get(skill.code) ?? null;
    return {
      skill: skill.code,
      field: skill.field,
      before: x,
      after: y,
      delta: x !== null && y !== null ? y - x : null,
    };
  });
  const fields = Object.values(PositioningField).map((field) => {
    const inField = skills.filter((s) => s.field === field);
    const x = average(inField.flatMap((s) => (s.before === null ? [] : [s.before])));
    const y = average(inField.flatMap((s) => (s.after === null ? [] : [s.after])));
    return { field, before: x, after: y, delta: x !== null && y !== null ? Math.round((y - x) * 100) / 100 : null };
  });
  return { skills, fields };
}
