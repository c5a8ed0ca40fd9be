import { PositioningField } from './positioning';

/**
 * The action booklet ("livret d'actions", seed 000): every action with its objective and self-evaluation, company
 * tutors' reviews, counsellors' interview reports, transversal skills, knowledge of the local job market and of the
 * social environment. And the final evaluation table per theme.
 */

export enum SelfEvaluation {
  VERY_SATISFIED = 'VERY_SATISFIED',
  SATISFIED = 'SATISFIED',
  PARTLY_SATISFIED = 'PARTLY_SATISFIED',
  NOT_SATISFIED = 'NOT_SATISFIED',
}

export const SELF_EVALUATION_LABELS: Record<SelfEvaluation, string> = {
  [SelfEvaluation.VERY_SATISFIED]: 'Objectif atteint, très satisfait·e',
  [SelfEvaluation.SATISFIED]: 'Objectif atteint',
  [SelfEvaluation.PARTLY_SATISFIED]: 'Objectif en partie atteint',
  [SelfEvaluation.NOT_SATISFIED]: 'Objectif non atteint',
};

export enum BookletEntryKind {
  TUTOR_REVIEW = 'TUTOR_REVIEW',
  INTERVIEW_REPORT = 'INTERVIEW_REPORT',
  YOUNG_PERSON_WORK = 'YOUNG_PERSON_WORK',
  SOCIAL_RESOURCE = 'SOCIAL_RESOURCE',
}

export const BOOKLET_ENTRY_KIND_LABELS: Record<BookletEntryKind, string> = {
  [BookletEntryKind.TUTOR_REVIEW]: 'Bilan du tuteur ou de la tutrice en entreprise',
  [BookletEntryKind.INTERVIEW_REPORT]: 'Compte rendu d’entretien du conseiller ou de la conseillère',
  [BookletEntryKind.YOUNG_PERSON_WORK]: 'Travail réalisé par le ou la jeune (enquête métier, recherche…)',
  [BookletEntryKind.SOCIAL_RESOURCE]: 'Environnement social : action, adresse, interlocuteur',
};

/** What a company tutor rates (seed 002's immersion exit sheet), on the positioning scale 1–4. */
export enum TutorCriterion {
  PUNCTUALITY = 'PUNCTUALITY',
  INSTRUCTIONS = 'INSTRUCTIONS',
  SKILLS_USED = 'SKILLS_USED',
  RELATIONS = 'RELATIONS',
  AUTONOMY = 'AUTONOMY',
}

export const TUTOR_CRITERION_LABELS: Record<TutorCriterion, string> = {
  [TutorCriterion.PUNCTUALITY]: 'Ponctualité et assiduité',
  [TutorCriterion.INSTRUCTIONS]: 'Compréhension des consignes',
  [TutorCriterion.SKILLS_USED]: 'Compétences mises en œuvre',
  [TutorCriterion.RELATIONS]: 'Relations avec l’équipe',
  [TutorCriterion.AUTONOMY]: 'Autonomie et initiative',
};

export enum TransversalSkillStatus {
  ACQUIRED = 'ACQUIRED',
  TO_WORK_ON = 'TO_WORK_ON',
}

export const TRANSVERSAL_SKILL_STATUS_LABELS: Record<TransversalSkillStatus, string> = {
  [TransversalSkillStatus.ACQUIRED]: 'Acquise',
  [TransversalSkillStatus.TO_WORK_ON]: 'À travailler',
};

export enum MarketKnowledgeKind {
  SECTOR = 'SECTOR',
  COMPANY = 'COMPANY',
  JOB = 'JOB',
}

export const MARKET_KNOWLEDGE_KIND_LABELS: Record<MarketKnowledgeKind, string> = {
  [MarketKnowledgeKind.SECTOR]: 'Secteur d’activité',
  [MarketKnowledgeKind.COMPANY]: 'Entreprise qui recrute',
  [MarketKnowledgeKind.JOB]: 'Métier accessible',
};

/** The local job market is explored within this distance of home. */
export const LOCAL_JOB_MARKET_RADIUS_KM = 30;

export const isWithinLocalArea = (distanceKm: number | null | undefined): boolean | null =>
  distanceKm === null || distanceKm === undefined ? null : distanceKm <= LOCAL_JOB_MARKET_RADIUS_KM;

/** Themes of the final evaluation table (seed 000: "domaine de compétences acquis, axe de progrès, axes d'amélioration pour chaque thématique"). */
export enum FinalEvaluationTheme {
  PROFESSIONAL_PROJECT = 'PROFESSIONAL_PROJECT',
  JOB_SEARCH = 'JOB_SEARCH',
  COMPANY_EXPERIENCE = 'COMPANY_EXPERIENCE',
  SOFT_SKILLS = 'SOFT_SKILLS',
  SOCIAL_AUTONOMY = 'SOCIAL_AUTONOMY',
  FUNDAMENTAL_KNOWLEDGE = 'FUNDAMENTAL_KNOWLEDGE',
  DIGITAL = 'DIGITAL',
}

export const FINAL_EVALUATION_THEME_LABELS: Record<FinalEvaluationTheme, string> = {
  [FinalEvaluationTheme.PROFESSIONAL_PROJECT]: 'Projet professionnel',
  [FinalEvaluationTheme.JOB_SEARCH]: 'Recherche d’emploi',
  [FinalEvaluationTheme.COMPANY_EXPERIENCE]: 'Expériences en entreprise',
  [FinalEvaluationTheme.SOFT_SKILLS]: 'Savoir-être et compétences transversales',
  [FinalEvaluationTheme.SOCIAL_AUTONOMY]: 'Autonomie sociale (mobilité, logement, santé, budget)',
  [FinalEvaluationTheme.FUNDAMENTAL_KNOWLEDGE]: 'Savoirs fondamentaux',
  [FinalEvaluationTheme.DIGITAL]: 'Numérique',
};

/** The positioning field whose progress documents each theme (none for the digital theme, documented by Pix). */
export const FINAL_EVALUATION_THEME_FIELDS: Record<FinalEvaluationTheme, PositioningField | null> = {
  [FinalEvaluationTheme.PROFESSIONAL_PROJECT]: PositioningField.PROFESSIONAL,
  [FinalEvaluationTheme.JOB_SEARCH]: PositioningField.PROFESSIONAL,
  [FinalEvaluationTheme.COMPANY_EXPERIENCE]: PositioningField.PROFESSIONAL,
  [FinalEvaluationTheme.SOFT_SKILLS]: PositioningField.SOCIAL,
  [FinalEvaluationTheme.SOCIAL_AUTONOMY]: PositioningField.SOCIAL,
  [FinalEvaluationTheme.FUNDAMENTAL_KNOWLEDGE]: PositioningField.FUNDAMENTAL_KNOWLEDGE,
  [FinalEvaluationTheme.DIGITAL]: null,
};
