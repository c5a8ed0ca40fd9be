import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import { DEPRECATED_ALIASES, Env, InvalidConfigError, parseEnv } from './env';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/passerelle',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('parseEnv', () => {
  it('applies defaults and converts numbers and booleans', () => {
    const env = parseEnv({ ...valid, PORT: '4000', JOBS_ENABLED: 'false' });
    expect(env).toMatchObject({
      PORT: 4000,
      JOBS_ENABLED: false,
      RUN_MIGRATIONS: true,
      ACCESS_TOKEN_TTL_SECONDS: 900,
      LOGIN_MAX_ATTEMPTS: 5,
    });
  });

  it('turns GraphQL introspection off by default in production only, and lets it be set', () => {
    expect(parseEnv({ ...valid, NODE_ENV: 'production' }).GRAPHQL_INTROSPECTION).toBe(false);
    expect(parseEnv({ ...valid, NODE_ENV: 'development' }).GRAPHQL_INTROSPECTION).toBe(true);
    expect(parseEnv({ ...valid, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).GRAPHQL_INTROSPECTION).toBe(
      true,
    );
  });

  it('names a missing variable', () => {
    const { DATABASE_URL: _missing, ...rest } = valid;
    expect(() => parseEnv(rest)).toThrow(new InvalidConfigError('Configuration invalide : DATABASE_URL est manquante'));
  });

  it('names a malformed variable and says what is expected', () => {
    expect(() => parseEnv({ ...valid, JWT_SECRET: 'court' })).toThrow(
      'Configuration invalide : JWT_SECRET doit contenir au moins 32 caractères',
    );
    expect(() => parseEnv({ ...valid, REDIS_URL: 'localhost:6379' })).toThrow(
      'Configuration invalide : REDIS_URL doit être une URL redis://hôte:port',
    );
    expect(() => parseEnv({ ...valid, PORT: 'quatre' })).toThrow(/^Configuration invalide : PORT/);
  });

  it('reports every invalid variable at once, one per line', () => {
    const { DATABASE_URL: _missing, ...rest } = valid;
    expect(() => parseEnv({ ...rest, JWT_SECRET: 'court', PORT: 'quatre', SMTP_URL: 'mail.example' })).toThrow(
      new InvalidConfigError(
        [
          'Configuration invalide (4 erreurs) :',
          '- PORT doit être un nombre entier',
          '- DATABASE_URL est manquante',
          '- JWT_SECRET doit contenir au moins 32 caractères',
          '- SMTP_URL doit être une URL smtp://utilisateur:motdepasse@hôte:port',
        ].join('\n'),
      ),
    );
  });

  it('reads WEB_BASE_URL as a deprecated alias of PUBLIC_BASE_URL', () => {
    const warning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect(parseEnv({ ...valid, WEB_BASE_URL: 'https://old.example' }).PUBLIC_BASE_URL).toBe('https://old.example');
      expect(warning).toHaveBeenCalledWith('WEB_BASE_URL est obsolète : utilisez PUBLIC_BASE_URL.', expect.anything());
      expect(
        parseEnv({ ...valid, WEB_BASE_URL: 'https://old.example', PUBLIC_BASE_URL: 'https://new.example' })
          .PUBLIC_BASE_URL,
      ).toBe('https://new.example');
    } finally {
      warning.mockRestore();
    }
  });

  it('documents every variable it reads in the README configuration table', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'README.md'), 'utf8');
    const documented = new Set([...readme.matchAll(/^\| `([A-Z0-9_]+)`/gm)].map((match) => match[1]));
    const parsed = new Set(
      getMetadataStorage()
        .getTargetValidationMetadatas(Env, '', true, false)
        .map((metadata) => metadata.propertyName),
    );
    for (const alias of Object.keys(DEPRECATED_ALIASES)) parsed.add(alias);
    expect(parsed.size).toBeGreaterThan(20);
    expect([...parsed].filter((name) => !documented.has(name))).toEqual([]);
  });

  const main = join(__dirname, '..', '..', '..', 'dist', 'main.js');
  (existsSync(main) ? it : it.skip)('stops the built server with one line naming the variable', () => {
    const run = spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, ...valid, REDIS_URL: '' },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('Configuration invalide : REDIS_URL est manquante');
  });
});
