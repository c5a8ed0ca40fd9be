import { Permission, ROLE_PERMISSIONS } from './permissions';
import { roleManagementProblem } from './role-management';
import { Role } from './roles';

describe('who may manage which role', () => {
  it('lets a director manage directors, coordinators and every role below, but not the platform administrator', () => {
    for (const role of [Role.DIRECTOR, Role.COORDINATOR, Role.COUNSELLOR, Role.CONTROLLER, Role.PROVIDER_STAFF]) {
      expect(roleManagementProblem({ role: Role.DIRECTOR }, role)).toBeNull();
    }
    expect(roleManagementProblem({ role: Role.DIRECTOR }, Role.PLATFORM_ADMIN)).toMatch(/administrateur/);
  });

  it('keeps a coordinator to roles whose rights they hold, never the direction', () => {
    expect(roleManagementProblem({ role: Role.COORDINATOR }, Role.DIRECTOR)).toBe(
      'Seuls la direction et l’administrateur de la plateforme gèrent les comptes de direction.',
    );
    expect(roleManagementProblem({ role: Role.COORDINATOR }, Role.COUNSELLOR)).toBeNull();
    expect(roleManagementProblem({ role: Role.COORDINATOR }, Role.CONTROLLER)).toBeNull();
    expect(roleManagementProblem({ role: Role.COORDINATOR }, Role.PROVIDER_STAFF)).toMatch(/bids:submit/);
    expect(roleManagementProblem({ role: Role.COUNSELLOR }, Role.COORDINATOR)).toMatch(/supérieur au vôtre/);
  });

  it('lets an API key give only roles whose every right it carries, and never the direction', () => {
    const onlyUsers = { role: Role.DIRECTOR, scopes: [Permission.USERS_MANAGE] };
    expect(roleManagementProblem(onlyUsers, Role.DIRECTOR)).toMatch(/direction/);
    expect(roleManagementProblem(onlyUsers, Role.COUNSELLOR)).toMatch(/droits que vous n’avez pas/);
    const broad = { role: Role.COORDINATOR, scopes: [...ROLE_PERMISSIONS[Role.COUNSELLOR], Permission.USERS_MANAGE] };
    expect(roleManagementProblem(broad, Role.COUNSELLOR)).toBeNull();
    expect(roleManagementProblem({ ...broad, role: Role.COUNSELLOR }, Role.COORDINATOR)).toMatch(/supérieur/);
    expect(roleManagementProblem({ role: null, scopes: [] }, Role.COUNSELLOR)).not.toBeNull();
  });
});
