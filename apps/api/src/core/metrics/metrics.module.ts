import { getQueueToken } from '@nestjs/bullmq';
import {
  Global,
  Injectable,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, ModuleRef } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue, Worker } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import { createServer, Server } from 'node:http';
import { DataSource } from 'typeorm';
import { Env } from '../config/env';
import { MAINTENANCE_QUEUE } from '../queue/maintenance.queue';
import { JOB_QUEUES } from '../queue/queues';
import { MetricsController, metricsTokenMatches } from './metrics.controller';
import { MetricsService, PoolStats } from './metrics.service';

/** Wires the sources the metrics read: the database pool, the queues, and the workers of this process. */
@Injectable()
class MetricsSources implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;

  constructor(
    private readonly metrics: MetricsService,
    private readonly env: Env,
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap() {
    this.metrics.watchPool(() => (this.dataSource.driver as unknown as { master?: PoolStats }).master);
    const queues = [MAINTENANCE_QUEUE, ...JOB_QUEUES].flatMap((name) => {
      try {
        return [this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })];
      } catch {
        return [];
      }
    });
    this.metrics.watchQueues(queues);
    for (const wrapper of this.discovery.getProviders()) {
      const host = wrapper.instance as unknown;
      if (!(host instanceof WorkerHost)) continue;
      let worker: Worker;
      try {
        worker = host.worker;
      } catch {
        continue; // registered manually later: not counted
      }
      worker.on('completed', (job: Job) => this.metrics.observeJob(worker.name, job, 'completed'));
      worker.on('failed', (job: Job | undefined) => job && this.metrics.observeJob(worker.name, job, 'failed'));
    }
    if (this.env.METRICS_PORT) await this.listen(this.env.METRICS_PORT);
  }

  /** METRICS_PORT: metrics on a port of their own (for the worker, or to keep them off the public port). */
  private listen(port: number) {
    this.server = createServer((req, res) => {
      const token = this.env.METRICS_TOKEN;
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
      } else if (token && !metricsTokenMatches(token, req.headers.authorization)) {
        res.writeHead(401).end();
      } else {
        this.metrics.registry.metrics().then(
          (body) => res.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(body),
          () => res.writeHead(500).end(),
        );
      }
    });
    return new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '0.0.0.0', resolve);
    });
  }

  async onApplicationShutdown() {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }
}

/** HTTP latency by route pattern (`/files/cej/:contractId/booklet.pdf`, never the ids themselves). */
function httpTiming(metrics: MetricsService) {
  return (req: Request, res: Response, next: NextFunction) => {
    const start = performance.now();
    res.once('finish', () => {
      const path = req.originalUrl.split('?')[0];
      const route = req.route?.path
        ? `${req.baseUrl}${String(req.route.path)}`.replace(/\{\/\*\w+\}$/, '')
        : path === '/graphql'
          ? '/graphql'
          : 'unmatched';
      metrics.observeHttp(req.method, route, res.statusCode, (performance.now() - start) / 1000);
    });
    next();
  };
}

@Global()
@Module({
  imports: [DiscoveryModule],
  controllers: [MetricsController],
  providers: [MetricsService, MetricsSources],
  exports: [MetricsService],
})
export class MetricsModule implements NestModule {
  constructor(private readonly metrics: MetricsService) {}

  configure(consumer: MiddlewareConsumer) {
    consumer.apply(httpTiming(this.metrics)).forRoutes('*');
  }
}
