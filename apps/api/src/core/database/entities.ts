import { AuditLog } from '../audit/audit-log.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { ApiKey } from '../tenancy/api-keys/api-key.entity';
import { Branch, BranchArea } from '../tenancy/branches/branch.entity';
import { Structure } from '../tenancy/structures/structure.entity';
import { Membership, User } from '../tenancy/users/user.entity';

/** Every TypeORM entity; the data source and the drift check both use this list. */
export const ENTITIES = [Structure, Branch, BranchArea, User, Membership, ApiKey, RefreshToken, AuditLog];
