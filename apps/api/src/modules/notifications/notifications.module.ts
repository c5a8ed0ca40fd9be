import { DynamicModule, Module } from '@nestjs/common';
import { MailProcessor } from './mail.processor';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { ReminderRegistry } from './reminders/reminder.registry';
import { RemindersProcessor } from './reminders/reminders.processor';
import { RemindersScheduler } from './reminders/reminders.scheduler';

/**
 * In-app notifications, their e-mails (`mail` queue), and the daily reminders (`reminders` queue) from the registered
 * reminder sources, which the owning modules register (PLIE, reports). Workers and crons only where JOBS_ENABLED.
 */
@Module({})
export class NotificationsModule {
  static forRoot(jobsEnabled: boolean): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      providers: [
        NotificationsService,
        NotificationsResolver,
        ReminderRegistry,
        RemindersScheduler,
        ...(jobsEnabled ? [MailProcessor, RemindersProcessor] : []),
      ],
      exports: [NotificationsService, ReminderRegistry],
    };
  }
}
