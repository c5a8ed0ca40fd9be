import { Processor, WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Env } from '../../core/config/env';
import { MailService } from '../../core/mail/mail.service';
import { MAIL_QUEUE, SEND_MAIL_JOB } from '../../core/queue/queues';
import { User } from '../../core/tenancy/users/user.entity';
import { Notification } from './notification.entity';

/** Sends the e-mail of one notification; a failure is retried with backoff, a sent one is never sent again. */
@Processor(MAIL_QUEUE)
export class MailProcessor extends WorkerHost {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly env: Env,
    private readonly logger: PinoLogger,
  ) {
    super();
    logger.setContext(MailProcessor.name);
  }

  async process(job: Job<{ notificationId: string }>): Promise<{ sent: boolean }> {
    if (job.name !== SEND_MAIL_JOB) throw new Error(`Unknown mail job: ${job.name}`);
    const notification = await this.dataSource.getRepository(Notification).findOneBy({ id: job.data.notificationId });
    if (!notification || notification.emailedAt) return { sent: false };
    const user = await this.dataSource.getRepository(User).findOneBy({ id: notification.userId });
    if (!user || !user.notificationEmails) return { sent: false };
    const link = notification.link
      ? `\n\n${this.env.PUBLIC_BASE_URL ? new URL(notification.link, this.env.PUBLIC_BASE_URL).toString() : notification.link}`
      : '';
    const sent = await this.mail.send({
      to: user.email,
      recipientId: user.id,
      subject: notification.title,
      text: `Bonjour ${user.fullName},\n\n${notification.body}${link}\n\n— Passerelle (message automatique, merci de ne pas y répondre)`,
    });
    if (sent) await this.dataSource.getRepository(Notification).update(notification.id, { emailedAt: new Date() });
    this.logger.info({ jobId: job.id, notificationId: notification.id, sent }, 'Notification e-mail processed');
    return { sent };
  }
}
