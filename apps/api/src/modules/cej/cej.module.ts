import { Module, OnModuleInit } from '@nestjs/common';
import { ReminderRegistry } from '../notifications/reminders/reminder.registry';
import { CejAllowanceResolver, CejContractAllowanceResolver } from './allowance/cej-allowance.resolver';
import { CejAllowanceService } from './allowance/cej-allowance.service';
import { CejBookletResolver, CejContractBookletResolver } from './booklet/cej-booklet.resolver';
import { CejBookletService } from './booklet/cej-booklet.service';
import { CejBreachSuggestionsResolver } from './breaches/cej-breach-suggestions.resolver';
import { CejBreachSuggestionsService } from './breaches/cej-breach-suggestions.service';
import { CejCohortsResolver } from './cohorts/cej-cohorts.resolver';
import { CejCohortsService } from './cohorts/cej-cohorts.service';
import {
  CejContractDigitalResolver,
  CejDigitalEnrolmentResolver,
  CejDigitalResolver,
} from './digital/cej-digital.resolver';
import { CejDigitalService } from './digital/cej-digital.service';
import { CejContractState } from './contracts/cej-contract-state';
import { CejContractsResolver, ParticipantCejContractsResolver } from './contracts/cej-contracts.resolver';
import { CejContractsService } from './contracts/cej-contracts.service';
import { CejFilesController } from './files/cej-files.controller';
import { CejAttentionService } from './planning/cej-attention.service';
import { CejContractPlanningResolver, CejPlanningResolver } from './planning/cej-planning.resolver';
import { CejPlanningService } from './planning/cej-planning.service';
import { CejContractPositioningResolver, CejPositioningResolver } from './positioning/cej-positioning.resolver';
import { CejPositioningReminders } from './positioning/cej-positioning.reminders';
import { CejPositioningService } from './positioning/cej-positioning.service';
import {
  CejCohortSessionProviderResolver,
  CejContractMonthlyReturnsResolver,
  CejDigitalWorkshopProviderResolver,
  CejMonthlyReturnResolver,
  CejProviderResolver,
} from './provider/cej-provider.resolver';
import { CejProviderService } from './provider/cej-provider.service';

/** Contrat d'Engagement Jeune: contracts, promos, weekly planning, positioning, action booklet, digital path, allowance. */
@Module({
  providers: [
    CejContractState,
    CejContractsService,
    CejContractsResolver,
    ParticipantCejContractsResolver,
    CejPlanningService,
    CejAttentionService,
    CejPlanningResolver,
    CejContractPlanningResolver,
    CejAllowanceService,
    CejAllowanceResolver,
    CejContractAllowanceResolver,
    CejPositioningService,
    CejPositioningResolver,
    CejContractPositioningResolver,
    CejPositioningReminders,
    CejBookletService,
    CejBookletResolver,
    CejContractBookletResolver,
    CejCohortsService,
    CejCohortsResolver,
    CejBreachSuggestionsService,
    CejBreachSuggestionsResolver,
    CejDigitalService,
    CejDigitalResolver,
    CejDigitalEnrolmentResolver,
    CejContractDigitalResolver,
    CejProviderService,
    CejProviderResolver,
    CejMonthlyReturnResolver,
    CejContractMonthlyReturnsResolver,
    CejCohortSessionProviderResolver,
    CejDigitalWorkshopProviderResolver,
  ],
  controllers: [CejFilesController],
  exports: [CejAttentionService],
})
export class CejModule implements OnModuleInit {
  constructor(
    private readonly reminders: ReminderRegistry,
    private readonly positioningReminders: CejPositioningReminders,
  ) {}

  /** The daily reminders job asks the CEJ for its deadlines: positioning sheets due or late. */
  onModuleInit() {
    this.reminders.register(this.positioningReminders);
  }
}
