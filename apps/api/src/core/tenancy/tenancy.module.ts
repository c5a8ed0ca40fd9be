import { Module } from '@nestjs/common';
import { ApiKeysResolver } from './api-keys/api-keys.resolver';
import { ApiKeysService } from './api-keys/api-keys.service';
import { BranchesResolver } from './branches/branches.resolver';
import { BranchesService } from './branches/branches.service';
import { DashboardResolver } from './dashboard.resolver';
import { StructuresResolver } from './structures/structures.resolver';
import { StructuresService } from './structures/structures.service';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

@Module({
  providers: [
    StructuresService,
    StructuresResolver,
    BranchesService,
    BranchesResolver,
    UsersService,
    UsersResolver,
    ApiKeysService,
    ApiKeysResolver,
    DashboardResolver,
  ],
  exports: [ApiKeysService],
})
export class TenancyModule {}
