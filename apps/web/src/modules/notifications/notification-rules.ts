/** "99+" above 99, nothing at 0. */
export function badgeCount(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? '99+' : String(count);
}

/** A link the application can follow itself (a path of the web client), or null for anything else. */
export function internalLink(link: string | null | undefined): string | null {
  if (!link) return null;
  return link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/** The bell's accessible name: "Notifications, 3 non lues". */
export function bellLabel(count: number): string {
  if (count <= 0) return 'Notifications, aucune non lue';
  return `Notifications, ${count} non lue${count > 1 ? 's' : ''}`;
}

/** What each kind of notification is about, in French (unknown kinds get a neutral label). */
export const NOTIFICATION_KIND_LABELS: Record<string, string> = {
  'orientation-new': 'Nouvelle orientation',
  'liaison-sheet-due': 'Fiche de liaison à envoyer',
  'liaison-sheet-late': 'Fiche de liaison en retard',
  'committee-decided': 'Décision du comité',
  'committee-pending': 'Décision du comité à saisir',
  'exit-proposal-pending': 'Sortie à valider',
  'fse-exit-owed': 'Données FSE+ de sortie',
  'positioning-due': 'Positionnement à faire',
  'positioning-overdue': 'Positionnement en retard',
  'report-prepared': 'Bilan à compléter',
  'report-due': 'Bilan à rendre',
  'report-overdue': 'Bilan en retard',
  'report-submitted': 'Bilan à valider',
  'report-accepted': 'Bilan validé',
  'report-returned': 'Bilan renvoyé',
  'retention-review': 'Conservation des données',
};

export function notificationKindLabel(kind: string): string {
  return NOTIFICATION_KIND_LABELS[kind] ?? 'Information';
}
