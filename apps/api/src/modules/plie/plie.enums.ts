import { registerEnums } from '../../core/graphql/enums';
import {
  CommitteeDecision,
  CommitteeProposalStatus,
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

registerEnums(
  {
    ExitReason,
    FseExitResult,
    CommitteeDecision,
    CommitteeProposalStatus,
    ObstacleKind,
    ObstacleSeverity,
    ObstacleStatus,
    StepKind,
    StepOutcome,
    ContractType,
    FollowUpKind,
    ContactMode,
    PortfolioAlert,
  },
  {
    ExitReason: 'Motif de sortie du PLIE (liste contrôlée).',
    FseExitResult: 'FSE+ : résultat immédiat à la sortie (dans les 4 semaines).',
    CommitteeDecision: 'Décision du comité d’agrément et de suivi.',
    CommitteeProposalStatus: 'Une proposition de passage en comité : à examiner, inscrite à un comité, écartée.',
    ObstacleKind: 'Frein à l’emploi.',
    StepKind: 'Type d’étape du parcours.',
    StepOutcome: 'Où en est l’étape.',
    ContractType: 'Type de contrat de travail.',
    FollowUpKind: 'Entretien, relance ou réunion collective.',
    ContactMode: 'Modalité du contact.',
    PortfolioAlert: 'Pourquoi un parcours du portefeuille demande une action.',
  },
);
