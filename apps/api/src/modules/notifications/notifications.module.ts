import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { MailProcessor } from './mail.processor';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { CommitteePendingReminders, FseExitOwedReminders, ReportDueReminders } from './reminders/builtin-reminders';
import { ReminderRegistry } from './reminders/reminder-source';
import { RemindersProcessor } from './reminders/reminders.processor';
import { RemindersScheduler } from './reminders/reminders.scheduler';

/**
 * In-app notifications, their e-mails (`mail` queue), and the daily reminders (`reminders` queue) from the registered
 * reminder sources. Workers and crons only where JOBS_ENABLED.
 */
@Module({})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly reminders: ReminderRegistry,
    private readonly committee: CommitteePendingReminders,
    private readonly fseExit: FseExitOwedReminders,
    private readonly reportDue: ReportDueReminders,
  ) {}

  static forRoot(jobsEnabled: boolean): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      providers: [
        NotificationsService,
        NotificationsResolver,
        ReminderRegistry,
        CommitteePendingReminders,
        FseExitOwedReminders,
        ReportDueReminders,
        RemindersScheduler,
        ...(jobsEnabled ? [MailProcessor, RemindersProcessor] : []),
      ],
      exports: [NotificationsService, ReminderRegistry],
    };
  }

  onModuleInit() {
    [this.committee, this.fseExit, this.reportDue].forEach((source) => this.reminders.register(source));
  }
}
