import { Module } from '@nestjs/common';
import { CejContractState } from './contracts/cej-contract-state';
import { CejContractsResolver, ParticipantCejContractsResolver } from './contracts/cej-contracts.resolver';
import { CejContractsService } from './contracts/cej-contracts.service';

/** Contrat d'Engagement Jeune: contracts, promos, weekly planning, positioning, action booklet, digital path, allowance. */
@Module({
  providers: [CejContractState, CejContractsService, CejContractsResolver, ParticipantCejContractsResolver],
})
export class CejModule {}
