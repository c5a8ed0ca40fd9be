import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Env } from '../config/env';
import { DomainError, isUnavailable, ServiceUnavailableError } from '../graphql/errors';
import { withTimeout } from './queue-supervisor';

/**
 * For a request that needs Redis (asking for a report, following a job): answers SERVICE_UNAVAILABLE within
 * REDIS_TIMEOUT_MS when Redis is away instead of waiting for it. Writes that must survive an outage go through the
 * outbox instead.
 */
@Injectable()
export class QueueGate {
  constructor(private readonly env: Env) {}

  async run<T>(queue: Queue, operation: () => Promise<T>): Promise<T> {
    try {
      const client = await withTimeout(queue.client, this.env.REDIS_TIMEOUT_MS);
      if (client.status !== 'ready') throw new Error('Connection is closed.');
      return await withTimeout(operation(), this.env.REDIS_TIMEOUT_MS);
    } catch (error) {
      if (error instanceof DomainError || !isUnavailable(error)) throw error;
      throw new ServiceUnavailableError(
        'Le service des tâches est momentanément indisponible ; la demande n’a pas été enregistrée. Réessayez dans quelques instants.',
      );
    }
  }
}
