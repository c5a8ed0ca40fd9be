import { QueryFailedError } from 'typeorm';
import { redactUrl, scrubText, serializeError } from './log-redaction';

describe('log redaction', () => {
  it('replaces one-time tokens in signing paths and drops query values', () => {
    expect(redactUrl('/signatures/AbC_12-xyz')).toBe('/signatures/[jeton]');
    expect(redactUrl('/signatures/AbC_12-xyz/extra')).toBe('/signatures/[jeton]/extra');
    expect(redactUrl('/sign/AbC_12-xyz?x=1')).toBe('/sign/[jeton]?x=…');
    expect(redactUrl('/files/fse-participants.csv?from=2026-01-01&to=2026-06-30')).toBe(
      '/files/fse-participants.csv?from=…&to=…',
    );
    expect(redactUrl('/graphql')).toBe('/graphql');
  });

  it('scrubs e-mail addresses and values echoed by PostgreSQL', () => {
    expect(scrubText('550 5.1.1 <jeanne.dupont@ml-ales.fr>: recipient rejected')).toBe(
      '550 5.1.1 <[e-mail]>: recipient rejected',
    );
    expect(scrubText(`invalid input syntax for type date: "' OR '1'='1"`)).toBe(
      'invalid input syntax for type date: "…"',
    );
  });

  it('keeps the SQL and SQLSTATE of a failed statement, not its parameters nor detail', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "UQ_users_email"'), {
      code: '23505',
      constraint: 'UQ_users_email',
      table: 'users',
      detail: 'Key (email)=(jeanne@ml.fr) already exists.',
    });
    const error = new QueryFailedError('INSERT INTO "users"("email") VALUES ($1)', ['jeanne@ml.fr'], driverError);
    const serialized = serializeError(error);
    expect(serialized).toMatchObject({
      type: 'QueryFailedError',
      message: 'duplicate key value violates unique constraint "…"',
      code: '23505',
      constraint: 'UQ_users_email',
      table: 'users',
      query: 'INSERT INTO "users"("email") VALUES ($1)',
    });
    expect(JSON.stringify(serialized)).not.toContain('jeanne');
  });
});
