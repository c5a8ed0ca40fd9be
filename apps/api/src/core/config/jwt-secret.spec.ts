import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from './env';
import { estimatedEntropyBits, productionJwtSecretProblem, PUBLIC_JWT_SECRETS } from './jwt-secret';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/passerelle', REDIS_URL: 'redis://127.0.0.1:6379' };
const root = join(__dirname, '..', '..', '..', '..', '..');

/** Every literal given to JWT_SECRET in a tracked file (scripts, compose files, docs, tests). */
function secretsWrittenInRepository(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.(m?[jt]s|sh|ya?ml|md|json|env|example)$|Dockerfile/.test(file));
  const found = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    if (!text.includes('JWT_SECRET')) continue;
    for (const match of text.matchAll(/JWT_SECRET[^'"`\n]*?['"`]([^'"`$\s{}]{16,})['"`]/g)) found.add(match[1]);
    for (const match of text.matchAll(/^\s*JWT_SECRET\s*[=:]\s*([^\s'"`$]{16,})\s*$/gm)) found.add(match[1]);
  }
  return [...found];
}

describe('JWT secret in production', () => {
  it('refuses every secret written in the repository, with one French line', () => {
    const secrets = secretsWrittenInRepository();
    expect(secrets).toContain('dev-only-secret-change-me-in-production-0001');
    for (const secret of secrets) {
      // Too short is refused by the general rule already; the others by the production rule.
      if (secret.length < 32) continue;
      expect(productionJwtSecretProblem(secret)).not.toBeNull();
      expect(() => parseEnv({ ...base, NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(
        /^Configuration invalide : JWT_SECRET est (un secret public|trop prévisible)[^\n]*$/,
      );
    }
    expect(PUBLIC_JWT_SECRETS).toContain('dev-only-secret-change-me-in-production-0001');
  });

  it('refuses a long but low-entropy secret', () => {
    for (const secret of ['x'.repeat(64), 'abababababababababababababababab', 'motdepassemotdepassemotdepasse00']) {
      expect(() => parseEnv({ ...base, NODE_ENV: 'production', JWT_SECRET: secret })).toThrow(
        'Configuration invalide : JWT_SECRET est trop prévisible : générez-en un avec « openssl rand -hex 32 »',
      );
    }
  });

  it('accepts a generated secret in production, and the development secret outside production', () => {
    const generated = randomBytes(32).toString('hex');
    expect(estimatedEntropyBits(generated)).toBeGreaterThan(200);
    expect(parseEnv({ ...base, NODE_ENV: 'production', JWT_SECRET: generated }).JWT_SECRET).toBe(generated);
    expect(
      parseEnv({ ...base, NODE_ENV: 'development', JWT_SECRET: 'dev-only-secret-change-me-in-production-0001' })
        .NODE_ENV,
    ).toBe('development');
  });
});
