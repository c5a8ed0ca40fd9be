import { Permission, roleHasPermission } from '../permissions';
import { Role } from '../roles';

describe('who may see participants’ sensitive data', () => {
  it('is limited to the roles that follow the person', () => {
    const allowed = Object.values(Role).filter((role) => roleHasPermission(role, Permission.PARTICIPANTS_SENSITIVE));
    expect(allowed.sort()).toEqual([Role.COORDINATOR, Role.COUNSELLOR, Role.PLATFORM_ADMIN].sort());
  });

  it('leaves controllers and directors read-only on files, and reopenings to the coordination', () => {
    for (const role of [Role.CONTROLLER, Role.DIRECTOR, Role.PROVIDER_STAFF]) {
      expect(roleHasPermission(role, Permission.PARTICIPANTS_READ)).toBe(true);
      expect(roleHasPermission(role, Permission.PARTICIPANTS_WRITE)).toBe(false);
    }
    expect(roleHasPermission(Role.COUNSELLOR, Permission.PLIE_COORDINATE)).toBe(false);
    expect(roleHasPermission(Role.COORDINATOR, Permission.PLIE_COORDINATE)).toBe(true);
  });
});
