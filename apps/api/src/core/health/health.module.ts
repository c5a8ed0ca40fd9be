import { Module } from '@nestjs/common';
import { Env } from '../config/env';
import { createRedisClient } from '../queue/redis-connection';
import { HEALTH_REDIS, HealthController } from './health.controller';
import { HealthProbesController } from './health-probes.controller';

@Module({
  controllers: [HealthController, HealthProbesController],
  providers: [
    {
      provide: HEALTH_REDIS,
      inject: [Env],
      // Fails fast while Redis is away (no offline queue); its errors are the health answer, not log lines.
      useFactory: (env: Env) => {
        const client = createRedisClient(env, {
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
          lazyConnect: true,
          connectTimeout: 2000,
        });
        client.on('error', () => undefined);
        // Connected from the start (and reconnected by ioredis), so that every probe reads the current state.
        void client.connect().catch(() => undefined);
        return client;
      },
    },
  ],
})
export class HealthModule {}
