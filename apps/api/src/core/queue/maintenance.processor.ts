import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { AuthService } from '../auth/auth.service';
import { MAINTENANCE_QUEUE, PURGE_REFRESH_TOKENS_JOB } from './maintenance.queue';

@Processor(MAINTENANCE_QUEUE)
export class MaintenanceProcessor extends WorkerHost {
  constructor(
    private readonly auth: AuthService,
    private readonly logger: PinoLogger,
  ) {
    super();
    logger.setContext(MaintenanceProcessor.name);
  }

  async process(job: Job): Promise<{ purged: number }> {
    switch (job.name) {
      case PURGE_REFRESH_TOKENS_JOB: {
        const purged = await this.auth.purgeExpiredRefreshTokens();
        this.logger.info({ jobId: job.id, purged }, 'Expired refresh tokens purged');
        return { purged };
      }
      default:
        throw new Error(`Unknown maintenance job: ${job.name}`);
    }
  }
}
