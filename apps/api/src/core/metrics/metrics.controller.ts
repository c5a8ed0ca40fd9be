import { Controller, Get, Headers, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/access.decorator';
import { Env } from '../config/env';
import { MetricsService } from './metrics.service';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** True when the `Authorization: Bearer …` header carries the metrics token (compared in constant time). */
export function metricsTokenMatches(expected: string, authorization: string | undefined): boolean {
  const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

/**
 * `GET /metrics` on the API port, for Prometheus, with `Authorization: Bearer <METRICS_TOKEN>`. Answers 404 when
 * METRICS_TOKEN is not set, or when METRICS_PORT moves the metrics to a port of their own (metrics.server.ts).
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly env: Env,
    private readonly metrics: MetricsService,
  ) {}

  @Public()
  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() response: Response) {
    if (!this.env.METRICS_TOKEN || this.env.METRICS_PORT) throw new NotFoundException();
    if (!metricsTokenMatches(this.env.METRICS_TOKEN, authorization)) throw new UnauthorizedException();
    response
      .status(200)
      .setHeader('content-type', this.metrics.registry.contentType)
      .setHeader('cache-control', 'no-store')
      .send(await this.metrics.registry.metrics());
  }
}
