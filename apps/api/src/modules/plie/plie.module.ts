import { Module, OnModuleInit } from '@nestjs/common';
import { ReminderRegistry } from '../notifications/reminders/reminder.registry';
import {
  CommitteeFileAuthorsResolver,
  DiagnosisAuthorResolver,
  FollowUpAuthorResolver,
  PathConsentAuthorResolver,
  PathStepAuthorResolver,
  PathTransitionAuthorResolver,
} from './authors.resolver';
import { CommitteeFilesResolver, CommitteesResolver } from './committees/committees.resolver';
import { CommitteesService } from './committees/committees.service';
import { DiagnosisResolver } from './diagnosis/diagnosis.resolver';
import { DiagnosisService } from './diagnosis/diagnosis.service';
import { PathExitProposalsResolver } from './exits/path-exit-proposals.resolver';
import { PathExitProposalsService } from './exits/path-exit-proposals.service';
import { FollowUpsResolver } from './follow-ups/follow-ups.resolver';
import { FollowUpsService } from './follow-ups/follow-ups.service';
import { PathStateService } from './paths/path-state';
import { ParticipantPliePathsResolver, PliePathsResolver } from './paths/plie-paths.resolver';
import { PliePathsService } from './paths/plie-paths.service';
import { PortfolioResolver } from './portfolio/portfolio.resolver';
import { PortfolioService } from './portfolio/portfolio.service';
import { PathStepsResolver } from './steps/path-steps.resolver';
import { PathStepsService } from './steps/path-steps.service';
import { CommitteePendingReminders, FseExitOwedReminders } from './plie.reminders';
import { CommitteeProposalsResolver } from './committee-proposals/committee-proposals.resolver';
import { CommitteeProposalsService } from './committee-proposals/committee-proposals.service';

/** PLIE parcours: paths and their transitions, approval committees, diagnosis, steps, follow-up, exits, portfolio. */
@Module({
  providers: [
    PathStateService,
    PliePathsService,
    PliePathsResolver,
    ParticipantPliePathsResolver,
    CommitteesService,
    CommitteesResolver,
    CommitteeFilesResolver,
    DiagnosisService,
    DiagnosisResolver,
    PathStepsService,
    PathStepsResolver,
    FollowUpsService,
    FollowUpsResolver,
    PathExitProposalsService,
    CommitteeProposalsService,
    CommitteeProposalsResolver,
    PathExitProposalsResolver,
    PathConsentAuthorResolver,
    PortfolioService,
    PortfolioResolver,
    PathTransitionAuthorResolver,
    FollowUpAuthorResolver,
    DiagnosisAuthorResolver,
    PathStepAuthorResolver,
    CommitteeFileAuthorsResolver,
    CommitteePendingReminders,
    FseExitOwedReminders,
  ],
  exports: [PortfolioService, PliePathsService],
})
export class PlieModule implements OnModuleInit {
  constructor(
    private readonly reminders: ReminderRegistry,
    private readonly committeePending: CommitteePendingReminders,
    private readonly fseExitOwed: FseExitOwedReminders,
  ) {}

  /** The daily reminders job asks PLIE for its deadlines: committee decisions and FSE+ exit data. */
  onModuleInit() {
    this.reminders.register(this.committeePending);
    this.reminders.register(this.fseExitOwed);
  }
}
