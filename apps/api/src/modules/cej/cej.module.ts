import { Module } from '@nestjs/common';
import { CejAllowanceResolver, CejContractAllowanceResolver } from './allowance/cej-allowance.resolver';
import { CejAllowanceService } from './allowance/cej-allowance.service';
import { CejContractState } from './contracts/cej-contract-state';
import { CejContractsResolver, ParticipantCejContractsResolver } from './contracts/cej-contracts.resolver';
import { CejContractsService } from './contracts/cej-contracts.service';
import { CejAttentionService } from './planning/cej-attention.service';
import { CejContractPlanningResolver, CejPlanningResolver } from './planning/cej-planning.resolver';
import { CejPlanningService } from './planning/cej-planning.service';

/** Contrat d'Engagement Jeune: contracts, promos, weekly planning, positioning, action booklet, digital path, allowance. */
@Module({
  providers: [
    CejContractState, CejContractsService, CejContractsResolver, ParticipantCejContractsResolver,
    CejPlanningService, CejAttentionService, CejPlanningResolver, CejContractPlanningResolver,
    CejAllowanceService, CejAllowanceResolver, CejContractAllowanceResolver,
  ],
})
export class CejModule {}
