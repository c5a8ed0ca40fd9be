import { ApolloLink, execute, gql } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { retryReadsLink } from './apollo';

vi.mock('@mantine/notifications', () => ({ notifications: { show: vi.fn() } }));

const unavailable = () =>
  new ServerError('503', {
    response: new Response('', { status: 503 }),
    bodyText: JSON.stringify({ errors: [{ message: 'Indisponible', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
  });

/** A server that answers 503 `failures` times, then data; counts the calls. */
function flakyServer(failures: number) {
  let calls = 0;
  const link = new ApolloLink(
    () =>
      new Observable((observer) => {
        calls += 1;
        if (calls <= failures) observer.error(unavailable());
        else {
          observer.next({ data: { ok: true } });
          observer.complete();
        }
      }),
  );
  return { link: ApolloLink.from([retryReadsLink, link]), calls: () => calls };
}

const run = (link: ApolloLink, query: ReturnType<typeof gql>) =>
  new Promise<unknown>((resolve, reject) =>
    execute(link, { query }, { client: {} as never }).subscribe({ next: resolve, error: reject }),
  );

describe('retryReadsLink', () => {
  it('retries a read the server could not serve, until it answers', async () => {
    vi.useFakeTimers();
    const server = flakyServer(2);
    const result = run(
      server.link,
      gql`
        query Ok {
          ok
        }
      `,
    );
    await vi.runAllTimersAsync();
    await expect(result).resolves.toEqual({ data: { ok: true } });
    expect(server.calls()).toBe(3);
    vi.useRealTimers();
  });

  it('never replays a write: its error reaches the screen at once', async () => {
    const server = flakyServer(1);
    await expect(
      run(
        server.link,
        gql`
          mutation Save {
            ok
          }
        `,
      ),
    ).rejects.toBeInstanceOf(ServerError);
    expect(server.calls()).toBe(1);
  });
});
