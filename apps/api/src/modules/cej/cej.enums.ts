import { registerEnumType } from '@nestjs/graphql';
import {
  BookletEntryKind,
  CejActionKind,
  CejActionOutcome,
  CejAttentionReason,
  CejCohortPeriod,
  CejContractStatus,
  CejExitReason,
  CejMonthlyReturnStatus,
  CejParameterKey,
  CejSanction,
  CejSuspensionReason,
  CejTransitionKind,
  DigitalCertificationKind,
  DigitalPlanItemStatus,
  FinalEvaluationTheme,
  HouseholdTaxBracket,
  IntensityLevel,
  MarketKnowledgeKind,
  PixDomain,
  PositioningDueStatus,
  PositioningField,
  PositioningMilestone,
  SelfEvaluation,
  TransversalSkillStatus,
  TutorCriterion,
  WorkshopAttendance,
} from '@passerelle/domain';
import '../participants/participant.enums';

registerEnumType(CejContractStatus, {
  name: 'CejContractStatus',
  description: 'État d’un contrat d’engagement jeune.',
});
registerEnumType(CejTransitionKind, {
  name: 'CejTransitionKind',
  description: 'Ce qui a fait changer le contrat d’état (signature, suspension, reprise, renouvellement, fin).',
});
registerEnumType(CejExitReason, { name: 'CejExitReason', description: 'Motif de fin du CEJ (liste contrôlée).' });
registerEnumType(CejSuspensionReason, { name: 'CejSuspensionReason', description: 'Motif de suspension du CEJ.' });
registerEnumType(HouseholdTaxBracket, {
  name: 'HouseholdTaxBracket',
  description: 'Situation fiscale du foyer, qui fixe le montant de l’allocation.',
});
registerEnumType(CejParameterKey, {
  name: 'CejParameterKey',
  description: 'Paramètre daté des règles du CEJ (montants, SMIC, seuils).',
});
registerEnumType(CejActionKind, { name: 'CejActionKind', description: 'Type d’action du planning hebdomadaire.' });
registerEnumType(CejActionOutcome, { name: 'CejActionOutcome', description: 'Réalisation d’une action prévue.' });
registerEnumType(IntensityLevel, {
  name: 'IntensityLevel',
  description: 'Heures réalisées de la semaine au regard des 15 à 20 heures attendues.',
});
registerEnumType(CejAttentionReason, {
  name: 'CejAttentionReason',
  description: 'Pourquoi un contrat demande l’attention du conseiller ou de la conseillère.',
});
registerEnumType(CejSanction, {
  name: 'CejSanction',
  description: 'Sanction d’un manquement sur l’allocation du mois.',
});
registerEnumType(PositioningField, { name: 'PositioningField', description: 'Champ de la fiche de positionnement.' });
registerEnumType(PositioningMilestone, {
  name: 'PositioningMilestone',
  description: 'Échéance de la fiche de positionnement.',
});
registerEnumType(PositioningDueStatus, { name: 'PositioningDueStatus' });
registerEnumType(SelfEvaluation, {
  name: 'SelfEvaluation',
  description: 'Auto-évaluation d’une action par le ou la jeune.',
});
registerEnumType(BookletEntryKind, { name: 'BookletEntryKind', description: 'Type d’entrée du livret d’actions.' });
registerEnumType(TutorCriterion, {
  name: 'TutorCriterion',
  description: 'Critère du bilan d’un tuteur ou d’une tutrice en entreprise.',
});
registerEnumType(TransversalSkillStatus, { name: 'TransversalSkillStatus' });
registerEnumType(MarketKnowledgeKind, {
  name: 'MarketKnowledgeKind',
  description: 'Connaissance du bassin d’emploi : secteur, entreprise, métier.',
});
registerEnumType(FinalEvaluationTheme, {
  name: 'FinalEvaluationTheme',
  description: 'Thème du tableau d’évaluation finale.',
});
registerEnumType(PixDomain, { name: 'PixDomain', description: 'Domaine du référentiel Pix.' });
registerEnumType(DigitalPlanItemStatus, { name: 'DigitalPlanItemStatus' });
registerEnumType(WorkshopAttendance, { name: 'WorkshopAttendance', description: 'Présence à un atelier numérique.' });
registerEnumType(DigitalCertificationKind, { name: 'DigitalCertificationKind' });
registerEnumType(CejCohortPeriod, { name: 'CejCohortPeriod', description: 'Une promo à venir, en cours ou terminée.' });
registerEnumType(CejMonthlyReturnStatus, {
  name: 'CejMonthlyReturnStatus',
  description: 'Un retour mensuel en brouillon (modifiable) ou transmis (figé, lu par le conseiller).',
});
