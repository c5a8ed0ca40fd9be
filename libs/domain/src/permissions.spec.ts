import { Permission, roleHasPermission, API_KEY_SCOPES } from './permissions';
import { Role } from './roles';

describe('role permissions', () => {
  it('gives a controller read access but no write access', () => {
    expect(roleHasPermission(Role.CONTROLLER, Permission.USERS_READ)).toBe(true);
    expect(roleHasPermission(Role.CONTROLLER, Permission.USERS_MANAGE)).toBe(false);
    expect(roleHasPermission(Role.CONTROLLER, Permission.STRUCTURE_MANAGE)).toBe(false);
  });
  it('reserves platform administration to platform admins', () => {
    for (const role of Object.values(Role)) {
      expect(roleHasPermission(role, Permission.PLATFORM_ADMIN)).toBe(role === Role.PLATFORM_ADMIN);
    }
    expect(API_KEY_SCOPES).not.toContain(Permission.PLATFORM_ADMIN);
  });

  it('lets operators manage markets and orient, and providers deliver', () => {
    expect(roleHasPermission(Role.COORDINATOR, Permission.MARKETS_MANAGE)).toBe(true);
    expect(roleHasPermission(Role.DIRECTOR, Permission.MARKETS_MANAGE)).toBe(true);
    expect(roleHasPermission(Role.COUNSELLOR, Permission.MARKETS_MANAGE)).toBe(false);
    expect(roleHasPermission(Role.COUNSELLOR, Permission.ORIENTATIONS_WRITE)).toBe(true);
    expect(roleHasPermission(Role.PROVIDER_STAFF, Permission.ACTIVITIES_WRITE)).toBe(true);
    expect(roleHasPermission(Role.PROVIDER_STAFF, Permission.ORIENTATIONS_WRITE)).toBe(false);
    expect(roleHasPermission(Role.PROVIDER_STAFF, Permission.PARTICIPANTS_SENSITIVE)).toBe(false);
    expect(roleHasPermission(Role.CONTROLLER, Permission.ACTIVITIES_WRITE)).toBe(false);
  });
});

describe('report permissions', () => {
  it('lets coordinators and providers write reports, directors and coordinators review them, controllers read them', () => {
    expect(roleHasPermission(Role.COORDINATOR, Permission.REPORTS_WRITE)).toBe(true);
    expect(roleHasPermission(Role.PROVIDER_STAFF, Permission.REPORTS_WRITE)).toBe(true);
    expect(roleHasPermission(Role.DIRECTOR, Permission.REPORTS_REVIEW)).toBe(true);
    expect(roleHasPermission(Role.COORDINATOR, Permission.REPORTS_REVIEW)).toBe(true);
    expect(roleHasPermission(Role.PROVIDER_STAFF, Permission.REPORTS_REVIEW)).toBe(false);
    expect(roleHasPermission(Role.COUNSELLOR, Permission.REPORTS_REVIEW)).toBe(false);
    expect(roleHasPermission(Role.CONTROLLER, Permission.REPORTS_READ)).toBe(true);
    expect(roleHasPermission(Role.CONTROLLER, Permission.REPORTS_WRITE)).toBe(false);
  });
  it('keeps the FSE+ export, which holds special-category data, to roles that see sensitive data', () => {
    for (const role of Object.values(Role)) {
      if (roleHasPermission(role, Permission.FSE_EXPORT))
        expect(roleHasPermission(role, Permission.PARTICIPANTS_SENSITIVE)).toBe(true);
    }
  });
});
