import { locatedError } from 'graphql';
import MaxRetriesPerRequestError from 'ioredis/built/errors/MaxRetriesPerRequestError';
import { AddressInfo, createServer, Socket } from 'node:net';
import { Client, DatabaseError, Pool } from 'pg';
import {
  CannotExecuteNotConnectedError,
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { ConflictError, isUnavailable, NotFoundError, ServiceUnavailableError } from './errors';

/** A pg server error as node-postgres parses it (message and SQLSTATE from PostgreSQL's ErrorResponse). */
const pgError = (message: string, code: string) =>
  Object.assign(new DatabaseError(message, 0, 'error'), { code, severity: 'FATAL' });
/** …as a repository call surfaces it: TypeORM's QueryFailedError copies `code` and keeps the pg error. */
const failedQuery = (message: string, code: string) =>
  new QueryFailedError('INSERT INTO "participants" …', [], pgError(message, code));

/** A TCP server on a free local port that accepts connections and then does what `onSocket` says. */
async function fakeServer(onSocket: (socket: Socket) => void): Promise<{ port: number; close(): void }> {
  const server = createServer(onSocket);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => sockets.add(socket));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      server.close();
    },
  };
}

/** The error a real node-postgres client or pool rejects with. */
async function rejection(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('isUnavailable', () => {
  describe('real node-postgres failures (a local socket plays the server)', () => {
    it('a refused connection (server stopped): ECONNREFUSED', async () => {
      const { port, close } = await fakeServer(() => undefined);
      close();
      const error = await rejection(() => new Client({ host: '127.0.0.1', port, user: 'x' }).connect());
      expect(error).toMatchObject({ code: 'ECONNREFUSED' });
      expect(isUnavailable(error)).toBe(true);
    });

    it('a connection cut by the server (crash, network): "Connection terminated unexpectedly", no code', async () => {
      const server = await fakeServer((socket) => socket.destroy());
      const error = await rejection(() => new Client({ host: '127.0.0.1', port: server.port, user: 'x' }).connect());
      server.close();
      expect(error.message).toBe('Connection terminated unexpectedly');
      expect(isUnavailable(error)).toBe(true);
    });

    it('a server that does not answer: the pool gives up after connectionTimeoutMillis, queued requests too', async () => {
      const server = await fakeServer(() => undefined);
      const pool = new Pool({ host: '127.0.0.1', port: server.port, user: 'x', max: 1, connectionTimeoutMillis: 150 });
      const [connecting, queued] = await Promise.all([
        rejection(() => pool.query('SELECT 1')),
        rejection(() => pool.query('SELECT 1')),
      ]);
      await pool.end();
      server.close();
      expect(connecting.message).toBe('Connection terminated due to connection timeout');
      expect(queued.message).toBe('timeout exceeded when trying to connect');
      expect(isUnavailable(connecting)).toBe(true);
      expect(isUnavailable(queued)).toBe(true);
    });
  });

  it('PostgreSQL stopping, crashing, restarting or overloaded: by SQLSTATE, raw or inside QueryFailedError', () => {
    const cases: [string, string][] = [
      ['terminating connection due to administrator command', '57P01'], // fast stop, pg_terminate_backend
      ['terminating connection because of crash of another server process', '57P02'], // a backend was OOM-killed
      ['the database system is shutting down', '57P03'],
      ['the database system is starting up', '57P03'],
      ['the database system is in recovery mode', '57P03'],
      ['terminating connection due to idle-session timeout', '57P05'],
      ['sorry, too many clients already', '53300'],
      ['canceling statement due to statement timeout', '57014'],
      ['terminating connection due to idle-in-transaction timeout', '25P03'],
      ['could not receive data from client', '08006'],
    ];
    for (const [message, code] of cases) {
      expect([message, isUnavailable(pgError(message, code))]).toEqual([message, true]);
      expect([message, isUnavailable(failedQuery(message, code))]).toEqual([message, true]);
      // The classifier reads the code, not the words: another wording (a translated server) is still recognised.
      expect([message, isUnavailable(failedQuery('le système de bases de données s’arrête', code))]).toEqual([
        message,
        true,
      ]);
    }
  });

  it('a transaction whose connection the server closed between two queries: TypeORM released its query runner', () => {
    // Seen in the PostgreSQL restart fault test: the next repository call, or the next `manager.query`.
    expect(isUnavailable(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(isUnavailable(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
    // A request still running when the shutdown deadline closed the data source.
    expect(isUnavailable(new CannotExecuteNotConnectedError('default'))).toBe(true);
  });

  it('sees the cause through GraphQL, `cause` and AggregateError wrappers', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' });
    expect(isUnavailable(locatedError(new QueryRunnerAlreadyReleasedError(), null, ['createParticipant']))).toBe(true);
    expect(isUnavailable(locatedError(failedQuery('x', '57P01'), null, ['me']))).toBe(true);
    expect(isUnavailable(new Error('audit failed', { cause: refused }))).toBe(true);
    expect(isUnavailable(new AggregateError([refused], 'connect failed'))).toBe(true);
  });

  it('recognises Redis away (ioredis)', () => {
    expect(isUnavailable(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe(true);
    expect(isUnavailable(new MaxRetriesPerRequestError(20))).toBe(true);
    expect(isUnavailable(new Error('Connection is closed.'))).toBe(true);
    expect(isUnavailable(new Error('Command timed out'))).toBe(true);
    expect(isUnavailable(new ServiceUnavailableError())).toBe(true);
  });

  it('leaves bugs, constraint violations and domain errors alone', () => {
    expect(isUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isUnavailable(failedQuery('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isUnavailable(failedQuery('deadlock detected', '40P01'))).toBe(false);
    expect(isUnavailable(failedQuery('relation "x" does not exist', '42P01'))).toBe(false);
    // A message that merely mentions a connection is not an outage: only the libraries' own messages count.
    expect(isUnavailable(new Error('Invalid value: Connection terminated'))).toBe(false);
    expect(isUnavailable(locatedError(new RangeError('Invalid time value'), null, ['x']))).toBe(false);
    expect(isUnavailable(new ConflictError())).toBe(false);
    expect(isUnavailable(new NotFoundError())).toBe(false);
    expect(isUnavailable(null)).toBe(false);
  });
});

describe('ServiceUnavailableError', () => {
  it('asks Apollo for HTTP 503 with Retry-After, and says nothing was recorded', () => {
    const error = new ServiceUnavailableError();
    expect(error.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: 5,
      http: { status: 503 },
    });
    expect((error.extensions.http as { headers: Map<string, string> }).headers.get('retry-after')).toBe('5');
    expect(error.message).toMatch(/rien n’a été enregistré/);
  });
});
