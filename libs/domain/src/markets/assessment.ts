import { addMonths, CalendarDate } from '../dates';
import { AssessmentKind } from './enums';

/** Seed 002, lot 4: a guidance assessment takes 12 to 15 hours, a skills assessment 20, within 2 months of start. */
export const ASSESSMENT_HOURS: Record<AssessmentKind, { min: number; max: number }> = {
  [AssessmentKind.GUIDANCE]: { min: 12, max: 15 },
  [AssessmentKind.SKILLS]: { min: 20, max: 20 },
};
export const ASSESSMENT_MAX_MONTHS = 2;

export function assessmentDueBy(startedOn: CalendarDate): CalendarDate {
  return addMonths(startedOn, ASSESSMENT_MAX_MONTHS);
}

export interface AssessmentCompletion {
  kind: AssessmentKind;
  startedOn: CalendarDate;
  completedOn: CalendarDate;
  hours: number;
  tripartiteMeetingOn: CalendarDate | null;
  synthesis: string | null;
  actionPlanPhases: number;
  /** Why the 2-month limit was exceeded ("cas particulier dûment justifié"). */
  justification?: string | null;
}

/** Per-field French messages for an assessment that cannot be closed yet (empty when it can). */
export function assessmentCompletionErrors(a: AssessmentCompletion): Record<string, string> {
  const errors: Record<string, string> = {};
  const { min, max } = ASSESSMENT_HOURS[a.kind];
  if (a.hours < min || a.hours > max) {
    errors.hours =
      min === max
        ? `Un bilan de compétences compte ${min} heures.`
        : `Un bilan d’orientation compte de ${min} à ${max} heures.`;
  }
  if (a.completedOn < a.startedOn) errors.completedOn = 'La fin ne peut précéder le démarrage.';
  else if (a.completedOn > assessmentDueBy(a.startedOn) && !a.justification?.trim()) {
    errors.completedOn =
      'Le bilan se réalise dans les 2 mois suivant le démarrage, sauf cas particulier justifié (précisez la justification).';
  }
  if (!a.tripartiteMeetingOn)
    errors.tripartiteMeetingOn =
      'L’entretien tripartite de fin de bilan (prestataire, référent·e, participant·e) est obligatoire.';
  if (!a.synthesis?.trim()) errors.synthesis = 'La synthèse du bilan est obligatoire.';
  if (a.actionPlanPhases < 1) errors.actionPlan = 'Le plan d’actions doit compter au moins une phase.';
  return errors;
}
