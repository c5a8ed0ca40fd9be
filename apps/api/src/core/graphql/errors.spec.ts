import { ConflictError, isUnavailable, NotFoundError, ServiceUnavailableError } from './errors';

describe('isUnavailable', () => {
  it('recognises a database that is down, restarting, overloaded or too slow', () => {
    expect(
      isUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isUnavailable(new Error('terminating connection due to administrator command'))).toBe(true);
    expect(isUnavailable(new Error('Query runner already released. Cannot run queries anymore.'))).toBe(true);
    // TypeORM's QueryFailedError keeps PostgreSQL's SQLSTATE on driverError.
    const failed = (code: string) => Object.assign(new Error('query failed'), { driverError: { code } });
    expect(isUnavailable(failed('57P01'))).toBe(true); // admin shutdown
    expect(isUnavailable(failed('57P03'))).toBe(true); // starting up
    expect(isUnavailable(failed('53300'))).toBe(true); // too many connections
    expect(isUnavailable(failed('57014'))).toBe(true); // statement timeout
    expect(isUnavailable(failed('08006'))).toBe(true); // connection failure
  });

  it('recognises Redis away, also behind a GraphQL error', () => {
    expect(isUnavailable(new Error("Stream isn't writeable and enableOfflineQueue options is false"))).toBe(true);
    expect(isUnavailable(Object.assign(new Error('x'), { name: 'MaxRetriesPerRequestError' }))).toBe(true);
    expect(isUnavailable({ message: 'wrapped', originalError: new Error('Connection is closed.') })).toBe(true);
    expect(isUnavailable(new ServiceUnavailableError())).toBe(true);
  });

  it('leaves bugs, constraint violations and domain errors alone', () => {
    expect(isUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isUnavailable(Object.assign(new Error('duplicate key'), { driverError: { code: '23505' } }))).toBe(false);
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
