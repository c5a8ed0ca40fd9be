import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOCS_DIR,
  GENERATED_SECTIONS,
  normalizeMarkdown,
  SCHEDULES,
  withGeneratedSections,
} from '../src/cli/docs-sections';
import { MAINTENANCE_QUEUE } from '../src/core/queue/maintenance.queue';
import { JOB_QUEUES } from '../src/core/queue/queues';
import { TestApp } from './support/test-app';

describe('Generated documentation (run `pnpm docs:generate` when this fails)', () => {
  it.each(Object.keys(GENERATED_SECTIONS))('docs/%s matches the code', (file) => {
    const text = readFileSync(join(DOCS_DIR, file), 'utf8');
    const expected = withGeneratedSections(text, GENERATED_SECTIONS[file]);
    expect(normalizeMarkdown(text)).toBe(normalizeMarkdown(expected));
  });

  it('notices a role or a scope the docs lost', () => {
    const text = readFileSync(join(DOCS_DIR, 'api.md'), 'utf8');
    const stale = text.replace(/^\| `fse:export` .*\n/m, '').replace('`fse:export`, ', '');
    expect(stale).not.toBe(text);
    expect(normalizeMarkdown(withGeneratedSections(stale, GENERATED_SECTIONS['api.md']))).toBe(normalizeMarkdown(text));
  });

  describe('scheduled jobs', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await TestApp.start({ seed: false });
    });
    afterAll(async () => {
      await t.close();
    });

    it('are exactly the ones docs/operations.md lists', async () => {
      const registered: string[] = [];
      for (const name of [MAINTENANCE_QUEUE, ...JOB_QUEUES]) {
        const queue = t.app.get<Queue>(getQueueToken(name));
        for (const scheduler of await queue.getJobSchedulers()) {
          registered.push(`${name} ${scheduler.name} ${scheduler.pattern} ${scheduler.tz}`);
        }
      }
      expect(registered.sort()).toEqual(SCHEDULES.map((s) => `${s.queue} ${s.job} ${s.pattern} Europe/Paris`).sort());
    });
  });
});
