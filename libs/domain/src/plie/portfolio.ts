/** Why a path in a référent's portfolio needs action, most urgent first. */
export enum PortfolioAlert {
  EXIT_SHEET_OWED = 'EXIT_SHEET_OWED',
  WITHOUT_CONTACT = 'WITHOUT_CONTACT',
  NO_RECENT_CONTACT = 'NO_RECENT_CONTACT',
  STEP_ENDING_SOON = 'STEP_ENDING_SOON',
  COMMITTEE_PENDING = 'COMMITTEE_PENDING',
}

export const PORTFOLIO_ALERT_LABELS: Record<PortfolioAlert, string> = {
  [PortfolioAlert.EXIT_SHEET_OWED]: 'Fiche de sortie à établir',
  [PortfolioAlert.WITHOUT_CONTACT]: 'Sans contact (2 relances sans réponse)',
  [PortfolioAlert.NO_RECENT_CONTACT]: 'Pas de contact récent',
  [PortfolioAlert.STEP_ENDING_SOON]: 'Étape se terminant dans les 14 jours',
  [PortfolioAlert.COMMITTEE_PENDING]: 'Passage en comité en attente',
};

/** Weight of each alert in the urgency score; the portfolio is ordered by the sum. */
export const PORTFOLIO_ALERT_WEIGHTS: Record<PortfolioAlert, number> = {
  [PortfolioAlert.EXIT_SHEET_OWED]: 16,
  [PortfolioAlert.WITHOUT_CONTACT]: 8,
  [PortfolioAlert.NO_RECENT_CONTACT]: 4,
  [PortfolioAlert.STEP_ENDING_SOON]: 2,
  [PortfolioAlert.COMMITTEE_PENDING]: 1,
};

/** Days ahead in which an ending step is flagged. */
export const STEP_ENDING_SOON_DAYS = 14;
/** Default number of weeks without contact before a path is flagged. */
export const DEFAULT_NO_CONTACT_WEEKS = 4;

export function urgencyScore(alerts: readonly PortfolioAlert[]): number {
  return alerts.reduce((sum, alert) => sum + PORTFOLIO_ALERT_WEIGHTS[alert], 0);
}
