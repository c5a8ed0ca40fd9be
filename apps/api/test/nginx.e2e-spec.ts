import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The web image's nginx configuration, served by a real nginx (Debian's; the test command installs it as root) in
 * front of a stub API: the security headers as a browser receives them, gzip, source maps, and the access log.
 * Debian's nginx 1.22 has no `resolve` for upstreams (1.27.3+): the Docker DNS lines are swapped for the stub.
 */
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const available = existsSync(NGINX) && spawnSync(NGINX, ['-v']).status === 0;
if (!available && process.env.CI) throw new Error(`nginx introuvable (${NGINX}) : apt-get install -y nginx-light`);
if (!available)
  console.warn(`nginx absent (${NGINX}) : configuration nginx non exécutée (apt-get install -y nginx-light).`);

const ROOT = join(__dirname, '..', '..', '..');
const TOKEN = 'Zq3-jetonUnique_0123456789abcdefghijklmnopqrst';

type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };
function fetchRaw(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

(available ? describe : describe.skip)('nginx in front of the API (apps/web/nginx.conf)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-nginx-'));
  let api: Server;
  let nginx: ChildProcess;
  let port: number;

  beforeAll(async () => {
    api = createServer((req, res) => {
      res.setHeader('X-Powered-By', 'Express');
      res.setHeader('content-type', 'application/json');
      // The API's own policy (helmet) on GraphQL; none on the signature route, where nginx's applies.
      if (req.url === '/graphql') {
        res.setHeader('Content-Security-Policy', "default-src 'none'");
        res.setHeader('X-Content-Type-Options', 'nosniff');
      }
      res.end(JSON.stringify({ ok: true, path: req.url, padding: 'x'.repeat(4000) }));
    });
    const apiPort = await listen(api);
    const probe = createServer();
    port = await listen(probe);
    await new Promise((resolve) => probe.close(resolve));

    const html = join(dir, 'html');
    mkdirSync(join(html, 'assets'), { recursive: true });
    writeFileSync(join(html, 'index.html'), '<!doctype html><title>Passerelle</title><div id="root"></div>');
    writeFileSync(join(html, 'assets', 'app-1.js'), `console.log(${JSON.stringify('Passerelle '.repeat(500))});`);
    writeFileSync(join(html, 'assets', 'app-1.js.map'), '{"version":3}');
    const site = readFileSync(join(ROOT, 'apps/web/nginx.conf'), 'utf8')
      .replace(/^resolver .*$/m, '')
      .replace(/upstream api \{[^}]*\}/, `upstream api { server 127.0.0.1:${apiPort}; keepalive 4; }`)
      .replace('listen 8080;', `listen 127.0.0.1:${port};`)
      .replace('root /usr/share/nginx/html;', `root ${html};`)
      .replace(/\/etc\/nginx\/snippets\/security-headers\.conf/g, join(ROOT, 'apps/web/nginx-security-headers.conf'))
      .replace('/var/log/nginx/access.log', join(dir, 'access.log'));
    writeFileSync(join(dir, 'site.conf'), site);
    for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
    writeFileSync(
      join(dir, 'nginx.conf'),
      `${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types; default_type application/octet-stream;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
    );
    chmodSync(dir, 0o755);
    const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(check.stderr);
    nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (
        await fetchRaw(port, '/').then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    nginx?.kill('SIGQUIT');
    await new Promise((resolve) => (nginx?.exitCode === null ? nginx.once('exit', resolve) : resolve(undefined)));
    await new Promise((resolve) => api?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const expectPolicy = (headers: IncomingHttpHeaders) => {
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers.server).toBe('nginx');
  };

  it('the public signing page: full policy, not cacheable, not frameable', async () => {
    const page = await fetchRaw(port, `/sign/${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.body.toString()).toContain('<div id="root">');
    expectPolicy(page.headers);
    expect(page.headers['cache-control']).toBe('no-store');
  });

  it('the application and its assets: full policy, gzip, long cache; no source maps', async () => {
    const home = await fetchRaw(port, '/participants/123');
    expect(home.status).toBe(200);
    expectPolicy(home.headers);
    const asset = await fetchRaw(port, '/assets/app-1.js', { 'accept-encoding': 'gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['cache-control']).toContain('immutable');
    expectPolicy(asset.headers);
    expect((await fetchRaw(port, '/assets/app-1.js.map')).status).toBe(404);
    expect((await fetchRaw(port, '/metrics')).status).toBe(404);
  });

  it("API answers keep the API's own headers (no duplicates), get nginx's where the API sent none, and are not compressed", async () => {
    const graphql = await fetchRaw(port, '/graphql', { 'accept-encoding': 'gzip' });
    expect(graphql.status).toBe(200);
    expect(graphql.headers['content-security-policy']).toBe("default-src 'none'");
    expect(graphql.headers['x-content-type-options']).toBe('nosniff');
    expect(graphql.headers['x-powered-by']).toBeUndefined();
    expect(graphql.headers['content-encoding']).toBeUndefined();
    expect(graphql.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const signature = await fetchRaw(port, `/signatures/${TOKEN}`);
    expect(JSON.parse(signature.body.toString()).path).toBe(`/signatures/${TOKEN}`);
    expectPolicy(signature.headers);
  });

  it('logs no one-time token, no query value, no referer', async () => {
    await fetchRaw(port, `/sign/${TOKEN}?from=email`, { referer: `https://passerelle.example/sign/${TOKEN}` });
    await fetchRaw(port, '/files/fse-participants.csv?search=Dupont');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const log = readFileSync(join(dir, 'access.log'), 'utf8');
    expect(log).toContain('"GET /sign/[jeton] HTTP/1.1" 200');
    expect(log).toContain('"GET /signatures/[jeton] HTTP/1.1" 200');
    expect(log).toContain('"GET /files/fse-participants.csv?... HTTP/1.1"');
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain('Dupont');
  });
});
