import { EntityManager } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log.entity';
import { AuditService } from '../../core/audit/audit.service';
import { Actor } from '../../core/auth/actor';

/**
 * Everything done to or read from a participant's file is traced under entityType "Participant" and the
 * participant's id, so that `participantAuditTrail` finds it through one index. Details never hold personal data,
 * only what changed (field names, statuses, ids).
 */
export const PARTICIPANT_ENTITY = 'Participant';

export function recordParticipantEvent(
  audit: AuditService,
  manager: EntityManager,
  actor: Actor,
  participant: { id: string; structureId: string },
  action: string,
  details?: Record<string, unknown>,
): Promise<void> {
  return audit.record(manager, actor, {
    action,
    entityType: PARTICIPANT_ENTITY,
    entityId: participant.id,
    structureId: participant.structureId,
    details,
  });
}

/** One insert for many reads (a list showing sensitive data, for instance). */
export async function recordParticipantReads(
  manager: EntityManager,
  actor: Actor,
  participants: { id: string; structureId: string }[],
  action: string,
): Promise<void> {
  if (participants.length === 0) return;
  await manager.insert(
    AuditLog,
    participants.map((p) => ({
      action,
      entityType: PARTICIPANT_ENTITY,
      entityId: p.id,
      structureId: p.structureId,
      actorUserId: actor.userId,
      actorApiKeyId: actor.apiKeyId,
      details: null,
    })),
  );
}

/** French wording of the audited actions, for the trail shown to staff. */
export const PARTICIPANT_ACTION_LABELS: Record<string, string> = {
  'participant.created': 'Création de la fiche',
  'participant.updated': 'Modification de la fiche',
  'participant.read': 'Consultation de la fiche',
  'participant.sensitive.read': 'Consultation des données sensibles',
  'participant.sensitive.updated': 'Modification des données sensibles',
  'participant.documents.read': 'Consultation des documents du dossier',
  'participant.document.uploaded': 'Document déposé sur le dossier',
  'participant.document.downloaded': 'Téléchargement d’un document du dossier',
  'plie.path.proposed': 'Orientation vers le PLIE (parcours proposé)',
  'plie.path.read': 'Consultation du parcours',
  'plie.path.transitioned': 'Changement de statut du parcours',
  'plie.path.updated': 'Modification du parcours',
  'plie.path.exited': 'Sortie du parcours',
  'plie.path.reopened': 'Réouverture du parcours',
  'plie.path.fse-exit.recorded': 'Saisie des données FSE+ de sortie',
  'plie.committee.presented': 'Présentation en comité d’agrément',
  'plie.committee.decided': 'Décision du comité d’agrément',
  'plie.diagnosis.recorded': 'Diagnostic socio-professionnel',
  'plie.obstacle.added': 'Frein repéré',
  'plie.obstacle.updated': 'Frein mis à jour',
  'plie.step.added': 'Étape ajoutée',
  'plie.step.updated': 'Étape modifiée',
  'plie.follow-up.recorded': 'Suivi enregistré (entretien, relance, réunion)',
  'plie.follow-up.updated': 'Suivi modifié',
  'participant.oriented-view.read': 'Consultation par le prestataire (vue restreinte)',
  'orientation.created': 'Orientation vers l’action d’un lot',
  'orientation.liaison-sheet.sent': 'Fiche de liaison reçue du prestataire',
  'orientation.reminder.recorded': 'Relance du prestataire',
  'orientation.interview.recorded': 'Entretien avec le prestataire',
  'orientation.exit-proposed': 'Sortie de l’action proposée (perte de contact)',
  'orientation.exit-proposal.accepted': 'Sortie de l’action validée',
  'orientation.exit-proposal.dismissed': 'Proposition de sortie écartée',
  'session.enrolled': 'Inscription à une séance collective',
  'cej.contract.created': 'CEJ : contrat préparé',
  'cej.contract.read': 'CEJ : consultation du contrat',
  'cej.contract.updated': 'CEJ : contrat modifié',
  'cej.contract.sign': 'CEJ : signature du contrat',
  'cej.contract.suspend': 'CEJ : suspension du contrat',
  'cej.contract.resume': 'CEJ : reprise du contrat',
  'cej.contract.renew': 'CEJ : renouvellement du contrat',
  'cej.contract.end': 'CEJ : fin du contrat',
  'cej.actions.planned': 'CEJ : actions ajoutées au planning',
  'cej.action.updated': 'CEJ : action du planning modifiée',
  'cej.action.outcome': 'CEJ : réalisation d’une action saisie',
  'cej.action.deleted': 'CEJ : action du planning supprimée',
  'cej.income.declared': 'CEJ : déclaration mensuelle de ressources',
  'cej.breach.recorded': 'CEJ : manquement enregistré',
  'immersion.planned': 'Immersion prévue',
  'immersion.start-meeting.recorded': 'Entretien tripartite de démarrage d’immersion',
  'immersion.exit-sheet.recorded': 'Fiche de fin d’immersion cosignée',
  'assessment.started': 'Bilan engagé',
  'assessment.completed': 'Bilan terminé (synthèse et plan d’actions)',
  'cej.positioning.recorded': 'CEJ : fiche de positionnement saisie',
  'cej.positioning.updated': 'CEJ : fiche de positionnement modifiée',
  'cej.booklet.entry.added': 'CEJ : entrée ajoutée au livret d’actions',
  'cej.booklet.entry.updated': 'CEJ : entrée du livret d’actions modifiée',
  'cej.booklet.skill.saved': 'CEJ : compétence transversale enregistrée',
  'cej.booklet.market.saved': 'CEJ : connaissance du bassin d’emploi enregistrée',
  'cej.final-evaluation.saved': 'CEJ : évaluation finale renseignée',
  'cej.booklet.exported': 'CEJ : export du livret d’actions (PDF)',
  'cej.final-evaluation.exported': 'CEJ : export de l’évaluation finale (XLSX)',
  'cej.cohort.joined': 'CEJ : entrée dans une promo',
  'cej.cohort.left': 'CEJ : sortie d’une promo',
  'cej.digital.diagnostic.recorded': 'CEJ : diagnostic Pix',
  'cej.digital.plan.saved': 'CEJ : plan d’action numérique',
  'cej.digital.enrolled': 'CEJ : inscription à un atelier numérique',
  'cej.digital.attendance': 'CEJ : présence à un atelier numérique',
  'cej.digital.certification': 'CEJ : certification numérique',
};
