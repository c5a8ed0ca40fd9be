import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotificationDraft } from '../notifications.service';

/**
 * A kind of deadline the daily reminder job checks, for one structure. Each returns the notifications due today with
 * a dedupe key, so that a reminder is sent once however often the job runs. The module that owns the deadline
 * registers its source with `ReminderRegistry.register` in its `onModuleInit` (PLIE: committee decisions and FSE+ exit
 * data; reports: reports due); the notifications module imports none of them.
 */
export interface ReminderSource {
  readonly key: string;
  collect(manager: EntityManager, structureId: string, today: string): Promise<NotificationDraft[]>;
}

@Injectable()
export class ReminderRegistry {
  private readonly sources = new Map<string, ReminderSource>();

  register(source: ReminderSource): void {
    if (this.sources.has(source.key)) throw new Error(`Reminder source "${source.key}" registered twice`);
    this.sources.set(source.key, source);
  }

  list(): ReminderSource[] {
    return [...this.sources.values()].sort((a, b) => a.key.localeCompare(b.key));
  }
}
