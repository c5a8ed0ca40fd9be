import { registerEnumType } from '@nestjs/graphql';
import {
  ActionExitReason,
  AssessmentKind,
  AttendanceSheetStatus,
  AttendanceStatus,
  BidStatus,
  DeadlineStatus,
  ExitProposalReason,
  ExitProposalStatus,
  HourKind,
  ImmersionRating,
  InterviewKind,
  LiaisonSheetKind,
  MarketKind,
  OrientationStatus,
  PremisesProvider,
  ProofKind,
  ProspectedStructureKind,
  ProspectionOutcome,
  SessionKind,
} from '@passerelle/domain';
import '../participants/participant.enums';

registerEnumType(MarketKind, { name: 'MarketKind', description: 'Marché public ou appel à candidatures.' });
registerEnumType(PremisesProvider, {
  name: 'PremisesProvider',
  description: 'Qui fournit les locaux du lot : le prestataire, ou la structure porteuse qui les met à disposition.',
});
registerEnumType(BidStatus, {
  name: 'BidStatus',
  description: 'Où en est une candidature : reçue, notée, retenue, non retenue.',
});
registerEnumType(OrientationStatus, {
  name: 'OrientationStatus',
  description: 'Où en est une orientation vers l’action d’un lot.',
});
registerEnumType(LiaisonSheetKind, {
  name: 'LiaisonSheetKind',
  description: 'Fiche de liaison « entrée », « non entrée » ou « sortie ».',
});
registerEnumType(DeadlineStatus, {
  name: 'DeadlineStatus',
  description: 'Une fiche due : à envoyer, en retard, envoyée dans les délais ou en retard.',
});
registerEnumType(ActionExitReason, {
  name: 'ActionExitReason',
  description: 'Motif de sortie de l’action (liste des cahiers des charges).',
});
registerEnumType(SessionKind, {
  name: 'SessionKind',
  description: 'Atelier, information collective ou séance d’échange de pratiques.',
});
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'Présence à une séance : présent, absence justifiée, absence injustifiée.',
});
registerEnumType(ExitProposalStatus, {
  name: 'ExitProposalStatus',
  description: 'Une proposition de sortie : à valider, acceptée, écartée.',
});
registerEnumType(ExitProposalReason, { name: 'ExitProposalReason', description: 'Pourquoi une sortie est proposée.' });
registerEnumType(InterviewKind, { name: 'InterviewKind', description: 'Type d’entretien individuel.' });
registerEnumType(HourKind, {
  name: 'HourKind',
  description: 'Nature du temps saisi : face à face, préparation, coordination.',
});
registerEnumType(AssessmentKind, {
  name: 'AssessmentKind',
  description: 'Bilan d’orientation (12 à 15 h) ou de compétences (20 h).',
});
registerEnumType(ImmersionRating, {
  name: 'ImmersionRating',
  description: 'Appréciation du tuteur sur un point de la fiche de fin d’immersion.',
});
registerEnumType(ProofKind, { name: 'ProofKind', description: 'Nature d’un justificatif.' });
registerEnumType(AttendanceSheetStatus, {
  name: 'AttendanceSheetStatus',
  description: 'Feuille d’émargement ouverte, ou figée une fois signée.',
});
registerEnumType(ProspectionOutcome, {
  name: 'ProspectionOutcome',
  description: 'Issue de la prospection d’une structure d’accueil : accord, en discussion, refus.',
});
registerEnumType(ProspectedStructureKind, {
  name: 'ProspectedStructureKind',
  description: 'Association, structure dépendant d’une collectivité, ou autre structure d’utilité sociale.',
});
