import { Module } from '@nestjs/common';
import Redis from 'ioredis';
import { Env } from '../config/env';
import { redisOptions } from '../queue/redis-connection';
import { HEALTH_REDIS, HealthController } from './health.controller';
import { HealthProbesController } from './health-probes.controller';

@Module({
  controllers: [HealthController, HealthProbesController],
  providers: [
    {
      provide: HEALTH_REDIS,
      inject: [Env],
      useFactory: (env: Env) =>
        new Redis({
          ...redisOptions(env.REDIS_URL),
          maxRetriesPerRequest: 1,
          lazyConnect: true,
          enableOfflineQueue: true,
        }),
    },
  ],
})
export class HealthModule {}
