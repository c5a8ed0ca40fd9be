import { DynamicModule, Module } from '@nestjs/common';
import { MailProcessor } from './mail.processor';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** In-app notifications, and their e-mails through the `mail` queue (worker only where JOBS_ENABLED). */
@Module({})
export class NotificationsModule {
  static forRoot(jobsEnabled: boolean): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      providers: [NotificationsService, NotificationsResolver, ...(jobsEnabled ? [MailProcessor] : [])],
      exports: [NotificationsService],
    };
  }
}
