import { describe, expect, it } from 'vitest';
import { badgeCount, bellLabel, internalLink, notificationKindLabel } from './notification-rules';

describe('notification rules', () => {
  it('shows the unread count on the bell, capped at 99+', () => {
    expect(badgeCount(0)).toBeNull();
    expect(badgeCount(7)).toBe('7');
    expect(badgeCount(140)).toBe('99+');
    expect(bellLabel(1)).toBe('Notifications, 1 non lue');
    expect(bellLabel(3)).toBe('Notifications, 3 non lues');
  });

  it('follows only the application’s own paths', () => {
    expect(internalLink('/bilans/abc')).toBe('/bilans/abc');
    expect(internalLink('https://example.org')).toBeNull();
    expect(internalLink('//evil.example')).toBeNull();
    expect(internalLink(null)).toBeNull();
  });

  it('names each kind of notification in French', () => {
    expect(notificationKindLabel('orientation-new')).toBe('Nouvelle orientation');
    expect(notificationKindLabel('liaison-sheet-late')).toBe('Fiche de liaison en retard');
    expect(notificationKindLabel('committee-decided')).toBe('Décision du comité');
    expect(notificationKindLabel('exit-proposal-pending')).toBe('Sortie à valider');
    expect(notificationKindLabel('report-returned')).toBe('Bilan renvoyé');
    expect(notificationKindLabel('something-new')).toBe('Information');
  });
});
