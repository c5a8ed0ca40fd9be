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
