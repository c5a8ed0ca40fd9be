/** Who pays the premises of a lot: the provider ("locaux à la charge du prestataire") or the operator lends them. */
export enum PremisesProvider {
  PROVIDER = 'PROVIDER',
  OPERATOR = 'OPERATOR',
}

export const PREMISES_PROVIDER_LABELS: Record<PremisesProvider, string> = {
  [PremisesProvider.PROVIDER]: 'Locaux à la charge du prestataire',
  [PremisesProvider.OPERATOR]: 'Locaux mis à disposition par la structure porteuse',
};

export enum MarketKind {
  PUBLIC_CONTRACT = 'PUBLIC_CONTRACT',
  CALL_FOR_APPLICATIONS = 'CALL_FOR_APPLICATIONS',
}

export const MARKET_KIND_LABELS: Record<MarketKind, string> = {
  [MarketKind.PUBLIC_CONTRACT]: 'Marché public',
  [MarketKind.CALL_FOR_APPLICATIONS]: 'Appel à projets / à candidatures',
};

export enum BidStatus {
  SUBMITTED = 'SUBMITTED',
  SCORED = 'SCORED',
  AWARDED = 'AWARDED',
  REJECTED = 'REJECTED',
  /** Withdrawn by the provider before the award. */
  WITHDRAWN = 'WITHDRAWN',
}

export const BID_STATUS_LABELS: Record<BidStatus, string> = {
  [BidStatus.SUBMITTED]: 'Reçue',
  [BidStatus.SCORED]: 'Notée',
  [BidStatus.AWARDED]: 'Retenue',
  [BidStatus.REJECTED]: 'Non retenue',
  [BidStatus.WITHDRAWN]: 'Retirée par le prestataire',
};

/** Where a participant oriented to a lot's action stands. */
export enum OrientationStatus {
  /** Oriented; the provider owes the liaison sheet "entrée / non entrée". */
  PENDING_ENTRY = 'PENDING_ENTRY',
  ENTERED = 'ENTERED',
  NOT_ENTERED = 'NOT_ENTERED',
  EXITED = 'EXITED',
}

export const ORIENTATION_STATUS_LABELS: Record<OrientationStatus, string> = {
  [OrientationStatus.PENDING_ENTRY]: 'Orienté·e, en attente de la fiche d’entrée',
  [OrientationStatus.ENTERED]: 'Entré·e dans l’action',
  [OrientationStatus.NOT_ENTERED]: 'Non entré·e',
  [OrientationStatus.EXITED]: 'Sorti·e de l’action',
};

export enum LiaisonSheetKind {
  ENTRY = 'ENTRY',
  NON_ENTRY = 'NON_ENTRY',
  EXIT = 'EXIT',
}

export const LIAISON_SHEET_KIND_LABELS: Record<LiaisonSheetKind, string> = {
  [LiaisonSheetKind.ENTRY]: 'Fiche de liaison « entrée »',
  [LiaisonSheetKind.NON_ENTRY]: 'Fiche de liaison « non entrée »',
  [LiaisonSheetKind.EXIT]: 'Fiche de liaison « sortie »',
};

/** Why a participant leaves a lot's action: the list of seeds 001 and 002. */
export enum ActionExitReason {
  PARTICIPANT_REQUEST = 'PARTICIPANT_REQUEST',
  LOST_CONTACT = 'LOST_CONTACT',
  REORIENTED = 'REORIENTED',
  JOB_OR_TRAINING = 'JOB_OR_TRAINING',
  END_OF_ACTION = 'END_OF_ACTION',
}

export const ACTION_EXIT_REASON_LABELS: Record<ActionExitReason, string> = {
  [ActionExitReason.PARTICIPANT_REQUEST]: 'À la demande du participant',
  [ActionExitReason.LOST_CONTACT]: 'Perte de contact (2 absences injustifiées consécutives ou 2 relances sans réponse)',
  [ActionExitReason.REORIENTED]: 'Orientation vers une action plus adaptée',
  [ActionExitReason.JOB_OR_TRAINING]: 'Reprise d’emploi ou de formation',
  [ActionExitReason.END_OF_ACTION]: 'Fin de l’action',
};

/** The exits from a lot's action that are ruptures (abandonment, lost contact), reported apart from the others. */
export const ACTION_RUPTURE_EXIT_REASONS: readonly ActionExitReason[] = [
  ActionExitReason.PARTICIPANT_REQUEST,
  ActionExitReason.LOST_CONTACT,
];

export enum SessionKind {
  WORKSHOP = 'WORKSHOP',
  INFORMATION_SESSION = 'INFORMATION_SESSION',
  EXCHANGE_OF_PRACTICE = 'EXCHANGE_OF_PRACTICE',
}

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  [SessionKind.WORKSHOP]: 'Atelier collectif',
  [SessionKind.INFORMATION_SESSION]: 'Information collective',
  [SessionKind.EXCHANGE_OF_PRACTICE]: 'Séance d’échange de pratiques',
};

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  EXCUSED_ABSENCE = 'EXCUSED_ABSENCE',
  UNEXCUSED_ABSENCE = 'UNEXCUSED_ABSENCE',
}

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  [AttendanceStatus.PRESENT]: 'Présent·e',
  [AttendanceStatus.EXCUSED_ABSENCE]: 'Absence justifiée',
  [AttendanceStatus.UNEXCUSED_ABSENCE]: 'Absence injustifiée',
};

export enum ExitProposalStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DISMISSED = 'DISMISSED',
}

export enum ExitProposalReason {
  CONSECUTIVE_UNEXCUSED_ABSENCES = 'CONSECUTIVE_UNEXCUSED_ABSENCES',
  UNANSWERED_REMINDERS = 'UNANSWERED_REMINDERS',
}

export const EXIT_PROPOSAL_REASON_LABELS: Record<ExitProposalReason, string> = {
  [ExitProposalReason.CONSECUTIVE_UNEXCUSED_ABSENCES]: '2 absences injustifiées consécutives',
  [ExitProposalReason.UNANSWERED_REMINDERS]: '2 relances sans réponse',
};

export enum InterviewKind {
  FOLLOW_UP = 'FOLLOW_UP',
  DIAGNOSIS = 'DIAGNOSIS',
  PSYCHOSOCIAL_SUPPORT = 'PSYCHOSOCIAL_SUPPORT',
  ASSESSMENT = 'ASSESSMENT',
  TRIPARTITE = 'TRIPARTITE',
}

export const INTERVIEW_KIND_LABELS: Record<InterviewKind, string> = {
  [InterviewKind.FOLLOW_UP]: 'Entretien de suivi',
  [InterviewKind.DIAGNOSIS]: 'Entretien de diagnostic',
  [InterviewKind.PSYCHOSOCIAL_SUPPORT]: 'Soutien psychosocial',
  [InterviewKind.ASSESSMENT]: 'Entretien de bilan',
  [InterviewKind.TRIPARTITE]: 'Entretien tripartite',
};

/** Kinds of staff time the payment indicators count (seed 001, lot 3). */
export enum HourKind {
  FACE_TO_FACE = 'FACE_TO_FACE',
  PREPARATION = 'PREPARATION',
  COORDINATION = 'COORDINATION',
}

export const HOUR_KIND_LABELS: Record<HourKind, string> = {
  [HourKind.FACE_TO_FACE]: 'Face à face',
  [HourKind.PREPARATION]: 'Préparation',
  [HourKind.COORDINATION]: 'Coordination',
};

export enum AssessmentKind {
  GUIDANCE = 'GUIDANCE',
  SKILLS = 'SKILLS',
}

export const ASSESSMENT_KIND_LABELS: Record<AssessmentKind, string> = {
  [AssessmentKind.GUIDANCE]: 'Bilan d’orientation (12 à 15 h)',
  [AssessmentKind.SKILLS]: 'Bilan de compétences (20 h)',
};

/** A tutor's appreciation of one point of the immersion's exit sheet. */
export enum ImmersionRating {
  VERY_GOOD = 'VERY_GOOD',
  GOOD = 'GOOD',
  TO_IMPROVE = 'TO_IMPROVE',
  INSUFFICIENT = 'INSUFFICIENT',
}

export const IMMERSION_RATING_LABELS: Record<ImmersionRating, string> = {
  [ImmersionRating.VERY_GOOD]: 'Très satisfaisant',
  [ImmersionRating.GOOD]: 'Satisfaisant',
  [ImmersionRating.TO_IMPROVE]: 'À améliorer',
  [ImmersionRating.INSUFFICIENT]: 'Insuffisant',
};

export enum ProofKind {
  SIGNED_ATTENDANCE_SHEET = 'SIGNED_ATTENDANCE_SHEET',
  SCAN = 'SCAN',
  MAIL = 'MAIL',
  AGENDA = 'AGENDA',
  EXTRACTION = 'EXTRACTION',
  OTHER = 'OTHER',
  /** Documents put directly on a participant's file. */
  CV = 'CV',
  IDENTITY_DOCUMENT = 'IDENTITY_DOCUMENT',
}

export const PROOF_KIND_LABELS: Record<ProofKind, string> = {
  [ProofKind.SIGNED_ATTENDANCE_SHEET]: 'Feuille d’émargement signée',
  [ProofKind.SCAN]: 'Document numérisé',
  [ProofKind.MAIL]: 'Courrier ou courriel',
  [ProofKind.AGENDA]: 'Extrait d’agenda',
  [ProofKind.EXTRACTION]: 'Extraction de logiciel',
  [ProofKind.OTHER]: 'Autre justificatif',
  [ProofKind.CV]: 'CV',
  [ProofKind.IDENTITY_DOCUMENT]: 'Pièce d’identité ou titre de séjour',
};

/** The kinds of document a référent may put directly on a participant's file. */
export const PARTICIPANT_DOCUMENT_KINDS: readonly ProofKind[] = [
  ProofKind.CV,
  ProofKind.IDENTITY_DOCUMENT,
  ProofKind.MAIL,
  ProofKind.SCAN,
  ProofKind.OTHER,
];

/** Where a document of a participant's file comes from. */
export enum ParticipantDocumentSource {
  /** Put on the file by the people who follow the person (CV, ID, a mail…). */
  UPLOADED = 'UPLOADED',
  /** A liaison sheet sent by a provider (entry, non-entry, exit). */
  LIAISON_SHEET = 'LIAISON_SHEET',
  /** The signed attendance sheet of a collective session the person attended. */
  ATTENDANCE_SHEET = 'ATTENDANCE_SHEET',
  /** The exit sheet of an immersion, co-signed by the tutor and the person. */
  IMMERSION_SHEET = 'IMMERSION_SHEET',
}

export const PARTICIPANT_DOCUMENT_SOURCE_LABELS: Record<ParticipantDocumentSource, string> = {
  [ParticipantDocumentSource.UPLOADED]: 'Déposé sur le dossier',
  [ParticipantDocumentSource.LIAISON_SHEET]: 'Fiche de liaison',
  [ParticipantDocumentSource.ATTENDANCE_SHEET]: 'Feuille d’émargement signée',
  [ParticipantDocumentSource.IMMERSION_SHEET]: 'Fiche de fin d’immersion',
};

export enum AttendanceSheetStatus {
  OPEN = 'OPEN',
  FROZEN = 'FROZEN',
}

/** What came of prospecting an association or a public structure to host participants (seed 002, lot 3). */
export enum ProspectionOutcome {
  /** The structure agreed to host participants. */
  AGREED = 'AGREED',
  /** Still being discussed, or no answer yet. */
  PENDING = 'PENDING',
  DECLINED = 'DECLINED',
}

export const PROSPECTION_OUTCOME_LABELS: Record<ProspectionOutcome, string> = {
  [ProspectionOutcome.AGREED]: 'Accord pour accueillir des participants',
  [ProspectionOutcome.PENDING]: 'En discussion ou sans réponse',
  [ProspectionOutcome.DECLINED]: 'Refus',
};

/** The kind of structure a provider prospects: the seed asks for associations or structures of a local authority. */
export enum ProspectedStructureKind {
  ASSOCIATION = 'ASSOCIATION',
  PUBLIC_BODY = 'PUBLIC_BODY',
  OTHER = 'OTHER',
}

export const PROSPECTED_STRUCTURE_KIND_LABELS: Record<ProspectedStructureKind, string> = {
  [ProspectedStructureKind.ASSOCIATION]: 'Association',
  [ProspectedStructureKind.PUBLIC_BODY]: 'Structure dépendant d’une collectivité',
  [ProspectedStructureKind.OTHER]: 'Autre structure d’utilité sociale',
};
