import { DomainError } from '../../core/graphql/errors';

/** Enrolment refused: the session has no place left. */
export class SessionFullError extends DomainError {
  constructor(message: string, maxParticipants: number) {
    super('CONFLICT', message, { reason: 'SESSION_FULL', maxParticipants, fields: { sessionId: message } });
  }
}

/** The attendance sheet is signed and frozen: attendance can no longer change. */
export class AttendanceSheetFrozenError extends DomainError {
  constructor() {
    super('CONFLICT', 'La feuille d’émargement est signée et figée : la présence ne peut plus être modifiée.', {
      reason: 'ATTENDANCE_SHEET_FROZEN',
    });
  }
}
