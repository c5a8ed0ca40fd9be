import { DataSource } from 'typeorm';
import { hashPassword } from '../core/auth/password';
import { Branch, BranchArea } from '../core/tenancy/branches/branch.entity';
import { Structure } from '../core/tenancy/structures/structure.entity';
import { Membership, User } from '../core/tenancy/users/user.entity';
import { loadDemoActivity } from './demo-activity';
import { loadDemoIndicators } from './demo-indicators';
import { loadDemoMarkets } from './demo-markets';
import { loadDemoCej } from './demo-cej';
import { loadDemoMlContacts } from './demo-ml-contacts';
import { loadDemoParticipants } from './demo-participants';
import { DEMO_PASSWORD, DEMO_STRUCTURES, DEMO_USERS } from './demo-structures';

/**
 * Inserts what is missing, by natural key (SIRET, branch code, e-mail, participant's name and birth date); never changes what exists.
 * `activity`: also the demo activity on the awarded lots and the Missions Locales' contacts (`pnpm db:seed`; the API
 * tests' seed leaves them out).
 */
export async function loadDemoData(
  dataSource: DataSource,
  options: { activity?: boolean } = {},
): Promise<{ created: number; existing: number }> {
  let created = 0;
  let existing = 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const structureIds = new Map<string, string>();
    for (const { key, branches, ...fields } of DEMO_STRUCTURES) {
      let structure = await manager.findOneBy(Structure, { siret: fields.siret });
      if (structure) existing++;
      else {
        structure = await manager.save(Structure, manager.create(Structure, fields));
        created++;
      }
      structureIds.set(key, structure.id);
      for (const { areas, ...branchFields } of branches) {
        if (await manager.existsBy(Branch, { structureId: structure.id, code: branchFields.code })) {
          existing++;
          continue;
        }
        const branch = await manager.save(Branch, { ...branchFields, structureId: structure.id });
        await manager.insert(
          BranchArea,
          areas.map((area) => ({ ...area, branchId: branch.id, structureId: structure.id })),
        );
        created++;
      }
    }
    for (const { email, fullName, memberships } of DEMO_USERS) {
      let user = await manager.findOneBy(User, { email });
      if (user) existing++;
      else {
        user = await manager.save(User, { email, fullName, passwordHash, lockedUntil: null, lastLoginAt: null });
        created++;
      }
      for (const { structure, role } of memberships) {
        const structureId = structureIds.get(structure)!;
        if (await manager.existsBy(Membership, { userId: user.id, structureId })) continue;
        await manager.insert(Membership, { userId: user.id, structureId, role });
      }
    }
    const participants = await loadDemoParticipants(manager, structureIds);
    created += participants.created;
    existing += participants.existing;
    const markets = await loadDemoMarkets(manager, structureIds);
    created += markets.created;
    existing += markets.existing;
    const indicators = await loadDemoIndicators(manager, structureIds);
    created += indicators.created;
    existing += indicators.existing;
    if (options.activity) {
      const activity = await loadDemoActivity(manager, structureIds);
      created += activity.created;
      existing += activity.existing;
    }
    const cej = await loadDemoCej(manager, structureIds);
    created += cej.created;
    existing += cej.existing;
    if (options.activity) {
      // Mission Locale contacts (activity dashboard, drop-off) come after the contracts they follow.
      const contacts = await loadDemoMlContacts(manager, structureIds);
      created += contacts.created;
      existing += contacts.existing;
    }
  });
  return { created, existing };
}
