/** Participants: the people an operator follows (a "jeune" in a Mission Locale, a "participant" in a PLIE). */

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

export const SEX_LABELS: Record<Sex, string> = {
  [Sex.FEMALE]: 'Femme',
  [Sex.MALE]: 'Homme',
};

/** The programme a participant is followed in. */
export enum Programme {
  PLIE = 'PLIE',
  CEJ = 'CEJ',
}

export const PROGRAMME_LABELS: Record<Programme, string> = {
  [Programme.PLIE]: 'PLIE',
  [Programme.CEJ]: 'Contrat d’Engagement Jeune',
};

/** The situation at entry that makes a person eligible to a PLIE (seed 001: public "durablement exclu de l'emploi"). */
export enum EntrySituation {
  LONG_TERM_JOBSEEKER = 'LONG_TERM_JOBSEEKER',
  RSA_RECIPIENT = 'RSA_RECIPIENT',
  MINIMUM_INCOME_RECIPIENT = 'MINIMUM_INCOME_RECIPIENT',
  RQTH = 'RQTH',
  YOUNG_IN_DIFFICULTY = 'YOUNG_IN_DIFFICULTY',
  SENIOR_JOBSEEKER = 'SENIOR_JOBSEEKER',
  SINGLE_PARENT = 'SINGLE_PARENT',
  SOCIAL_OBSTACLES = 'SOCIAL_OBSTACLES',
  OTHER = 'OTHER',
}

export const ENTRY_SITUATION_LABELS: Record<EntrySituation, string> = {
  [EntrySituation.LONG_TERM_JOBSEEKER]: 'Demandeur·se d’emploi de longue durée',
  [EntrySituation.RSA_RECIPIENT]: 'Allocataire du RSA',
  [EntrySituation.MINIMUM_INCOME_RECIPIENT]: 'Bénéficiaire d’un autre minimum social (ASS, AAH…)',
  [EntrySituation.RQTH]: 'Reconnaissance de la qualité de travailleur handicapé (RQTH)',
  [EntrySituation.YOUNG_IN_DIFFICULTY]: 'Jeune en difficulté d’insertion',
  [EntrySituation.SENIOR_JOBSEEKER]: 'Demandeur·se d’emploi de 50 ans et plus',
  [EntrySituation.SINGLE_PARENT]: 'Parent isolé',
  [EntrySituation.SOCIAL_OBSTACLES]: 'Personne rencontrant des difficultés sociales',
  [EntrySituation.OTHER]: 'Autre situation',
};

/** French qualification levels (nomenclature of 2019), plus the levels below the first diploma. */
export enum EducationLevel {
  NO_SCHOOLING = 'NO_SCHOOLING',
  PRIMARY = 'PRIMARY',
  LOWER_SECONDARY = 'LOWER_SECONDARY',
  LEVEL_3 = 'LEVEL_3',
  LEVEL_4 = 'LEVEL_4',
  LEVEL_5 = 'LEVEL_5',
  LEVEL_6 = 'LEVEL_6',
  LEVEL_7 = 'LEVEL_7',
  LEVEL_8 = 'LEVEL_8',
}

export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  [EducationLevel.NO_SCHOOLING]: 'Non scolarisé·e',
  [EducationLevel.PRIMARY]: 'Primaire',
  [EducationLevel.LOWER_SECONDARY]: 'Collège, sans diplôme ou brevet',
  [EducationLevel.LEVEL_3]: 'Niveau 3 (CAP, BEP)',
  [EducationLevel.LEVEL_4]: 'Niveau 4 (baccalauréat)',
  [EducationLevel.LEVEL_5]: 'Niveau 5 (bac + 2 : BTS, DUT)',
  [EducationLevel.LEVEL_6]: 'Niveau 6 (licence, bac + 3 ou 4)',
  [EducationLevel.LEVEL_7]: 'Niveau 7 (master, bac + 5)',
  [EducationLevel.LEVEL_8]: 'Niveau 8 (doctorat)',
};

/**
 * A name as compared for duplicates and searched: lower case, accents dropped, apostrophes and hyphens as spaces.
 * "Lefèvre-D'Aubigné" and "lefevre d aubigne" compare equal.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Age in whole years on a given day, both written AAAA-MM-JJ. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
