import { describe, expect, it } from 'vitest';
import { badgeCount, bellLabel, internalLink } from './notification-rules';

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
});
