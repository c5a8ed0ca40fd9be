import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** libpq's variables for a postgres:// URL, so that the password never shows in a process list. */
export function libpqEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = {
    PGHOST: decodeURIComponent(url.hostname) || undefined,
    PGPORT: url.port || undefined,
    PGUSER: decodeURIComponent(url.username) || undefined,
    PGPASSWORD: decodeURIComponent(url.password) || undefined,
    PGDATABASE: decodeURIComponent(url.pathname.replace(/^\//, '')) || undefined,
  };
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined));
}

export class PgToolError extends Error {}

/**
 * Runs pg_dump or pg_restore (from PG_BIN_DIR, or the PATH) against the database of `databaseUrl`. They must be of the
 * server's major version or newer: pg_dump refuses a newer server, and says so in the error relayed here.
 */
export function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string): Promise<void> {
  const binary = process.env.PG_BIN_DIR ? join(process.env.PG_BIN_DIR, tool) : tool;
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      env: { ...process.env, ...libpqEnv(databaseUrl) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT'
          ? new PgToolError(
              `${tool} introuvable : installez le client PostgreSQL de la version du serveur ou plus récent ` +
                `(Debian : apt-get install postgresql-client) ou indiquez son dossier dans PG_BIN_DIR.`,
            )
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new PgToolError(`${tool} a échoué (code ${code}) : ${stderr.trim()}`)),
    );
  });
}
