import { registerEnumType } from '@nestjs/graphql';
import {
  CommitteeDecision,
  ContactMode,
  ContractType,
  ExitReason,
  FollowUpKind,
  FseExitResult,
  ObstacleKind,
  ObstacleSeverity,
  ObstacleStatus,
  PortfolioAlert,
  StepKind,
  StepOutcome,
} from '@passerelle/domain';
import '../participants/participant.enums';

registerEnumType(ExitReason, { name: 'ExitReason', description: 'Motif de sortie du PLIE (liste contrôlée).' });
registerEnumType(FseExitResult, {
  name: 'FseExitResult',
  description: 'FSE+ : résultat immédiat à la sortie (dans les 4 semaines).',
});
registerEnumType(CommitteeDecision, {
  name: 'CommitteeDecision',
  description: 'Décision du comité d’agrément et de suivi.',
});
registerEnumType(ObstacleKind, { name: 'ObstacleKind', description: 'Frein à l’emploi.' });
registerEnumType(ObstacleSeverity, { name: 'ObstacleSeverity' });
registerEnumType(ObstacleStatus, { name: 'ObstacleStatus' });
registerEnumType(StepKind, { name: 'StepKind', description: 'Type d’étape du parcours.' });
registerEnumType(StepOutcome, { name: 'StepOutcome', description: 'Où en est l’étape.' });
registerEnumType(ContractType, { name: 'ContractType', description: 'Type de contrat de travail.' });
registerEnumType(FollowUpKind, { name: 'FollowUpKind', description: 'Entretien, relance ou réunion collective.' });
registerEnumType(ContactMode, { name: 'ContactMode', description: 'Modalité du contact.' });
registerEnumType(PortfolioAlert, {
  name: 'PortfolioAlert',
  description: 'Pourquoi un parcours du portefeuille demande une action.',
});
