import { EducationLevel } from '../participants';

/**
 * FSE+ participant data (Regulation (EU) 2021/1057, Annex I), collected at entry ("questionnaire de recueil des
 * données") and at exit (situation within 4 weeks).
 */
export enum FseEmploymentStatus {
  EMPLOYED = 'EMPLOYED',
  UNEMPLOYED = 'UNEMPLOYED',
  LONG_TERM_UNEMPLOYED = 'LONG_TERM_UNEMPLOYED',
  INACTIVE = 'INACTIVE',
}

export const FSE_EMPLOYMENT_STATUS_LABELS: Record<FseEmploymentStatus, string> = {
  [FseEmploymentStatus.EMPLOYED]: 'En emploi (y compris indépendant)',
  [FseEmploymentStatus.UNEMPLOYED]: 'Chômeur·se',
  [FseEmploymentStatus.LONG_TERM_UNEMPLOYED]: 'Chômeur·se de longue durée (plus de 12 mois)',
  [FseEmploymentStatus.INACTIVE]: 'Inactif·ve',
};

export enum FseHouseholdSituation {
  SINGLE_ADULT_WITH_CHILDREN = 'SINGLE_ADULT_WITH_CHILDREN',
  JOBLESS_HOUSEHOLD = 'JOBLESS_HOUSEHOLD',
  JOBLESS_HOUSEHOLD_WITH_CHILDREN = 'JOBLESS_HOUSEHOLD_WITH_CHILDREN',
  NONE_OF_THESE = 'NONE_OF_THESE',
  DECLINED = 'DECLINED',
}

export const FSE_HOUSEHOLD_SITUATION_LABELS: Record<FseHouseholdSituation, string> = {
  [FseHouseholdSituation.SINGLE_ADULT_WITH_CHILDREN]: 'Adulte seul·e avec enfants à charge',
  [FseHouseholdSituation.JOBLESS_HOUSEHOLD]: 'Ménage sans emploi',
  [FseHouseholdSituation.JOBLESS_HOUSEHOLD_WITH_CHILDREN]: 'Ménage sans emploi avec enfants à charge',
  [FseHouseholdSituation.NONE_OF_THESE]: 'Aucune de ces situations',
  [FseHouseholdSituation.DECLINED]: 'Ne souhaite pas répondre',
};

/** An answer to a question the person may decline (special categories of personal data). */
export enum FseAnswer {
  YES = 'YES',
  NO = 'NO',
  DECLINED = 'DECLINED',
}

export const FSE_ANSWER_LABELS: Record<FseAnswer, string> = {
  [FseAnswer.YES]: 'Oui',
  [FseAnswer.NO]: 'Non',
  [FseAnswer.DECLINED]: 'Ne souhaite pas répondre',
};

/** ISCED groups the FSE+ counts. */
export enum IscedGroup {
  ISCED_0_2 = 'ISCED_0_2',
  ISCED_3_4 = 'ISCED_3_4',
  ISCED_5_8 = 'ISCED_5_8',
}

export const ISCED_GROUP_LABELS: Record<IscedGroup, string> = {
  [IscedGroup.ISCED_0_2]: 'CITE 0 à 2 (jusqu’au collège)',
  [IscedGroup.ISCED_3_4]: 'CITE 3 et 4 (CAP, BEP, baccalauréat)',
  [IscedGroup.ISCED_5_8]: 'CITE 5 à 8 (enseignement supérieur)',
};

export function iscedGroup(level: EducationLevel): IscedGroup {
  switch (level) {
    case EducationLevel.NO_SCHOOLING:
    case EducationLevel.PRIMARY:
    case EducationLevel.LOWER_SECONDARY:
      return IscedGroup.ISCED_0_2;
    case EducationLevel.LEVEL_3:
    case EducationLevel.LEVEL_4:
      return IscedGroup.ISCED_3_4;
    default:
      return IscedGroup.ISCED_5_8;
  }
}

/** The immediate result at exit (within 4 weeks); several may hold at once (a qualification and a job). */
export enum FseExitResult {
  JOB = 'JOB',
  TRAINING = 'TRAINING',
  QUALIFICATION = 'QUALIFICATION',
  JOB_SEARCH = 'JOB_SEARCH',
  INACTIVE = 'INACTIVE',
}

export const FSE_EXIT_RESULT_LABELS: Record<FseExitResult, string> = {
  [FseExitResult.JOB]: 'En emploi (y compris indépendant)',
  [FseExitResult.TRAINING]: 'En études ou en formation',
  [FseExitResult.QUALIFICATION]: 'A obtenu une qualification',
  [FseExitResult.JOB_SEARCH]: 'En recherche d’emploi',
  [FseExitResult.INACTIVE]: 'Inactif·ve',
};

/** The entry data, as far as it is known. */
export interface FseEntryFacts {
  sex?: string | null;
  birthDate?: string | null;
  educationLevel?: EducationLevel | null;
  employmentStatus?: FseEmploymentStatus | null;
  householdSituation?: FseHouseholdSituation | null;
  disability?: FseAnswer | null;
  thirdCountryNational?: FseAnswer | null;
  foreignBackground?: FseAnswer | null;
  minority?: FseAnswer | null;
  homeless?: FseAnswer | null;
  ruralArea?: boolean | null;
}

/**
 * Every entry field the FSE+ needs, with its French label, in questionnaire order. A question the person declined
 * to answer is answered: only empty fields are missing.
 */
export const FSE_ENTRY_FIELDS: readonly { field: keyof FseEntryFacts; label: string }[] = [
  { field: 'sex', label: 'Sexe' },
  { field: 'birthDate', label: 'Date de naissance' },
  { field: 'employmentStatus', label: 'Situation sur le marché du travail' },
  { field: 'educationLevel', label: 'Niveau d’éducation (CITE)' },
  { field: 'householdSituation', label: 'Situation du ménage' },
  { field: 'disability', label: 'Situation de handicap' },
  { field: 'thirdCountryNational', label: 'Ressortissant·e d’un pays tiers' },
  { field: 'foreignBackground', label: 'Origine étrangère' },
  { field: 'minority', label: 'Appartenance à une minorité' },
  { field: 'homeless', label: 'Sans domicile ou exclu·e du logement' },
  { field: 'ruralArea', label: 'Résidence en zone rurale' },
];

/** French labels of the entry data still missing, in questionnaire order (the to-do of the référent). */
export function fseEntryMissing(facts: FseEntryFacts): string[] {
  return FSE_ENTRY_FIELDS.filter(({ field }) => facts[field] === null || facts[field] === undefined).map(
    ({ label }) => label,
  );
}

/** Exit data is complete when at least one immediate result is recorded. */
export function fseExitMissing(results: readonly FseExitResult[] | null | undefined): boolean {
  return !results || results.length === 0;
}
