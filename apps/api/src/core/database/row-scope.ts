import { AsyncLocalStorage } from 'node:async_hooks';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/**
 * Row-level security, the database's half of tenant isolation (docs/architecture.md, "Row-level security").
 *
 * The tables holding a structure's personal data have PostgreSQL policies for the role `passerelle_app` (created by
 * the RowLevelSecurity migration, NOLOGIN, without BYPASSRLS). Every statement of an authenticated request runs in a
 * transaction that first does `SET LOCAL ROLE passerelle_app` and `SET LOCAL app.structure_ids = '…'`, so that a
 * query missing its `structureId` filter still sees only the rows of the structures listed there. The connection's
 * own role (the tables' owner, maybe a superuser in development) is never subject to the policies: system work
 * (migrations, jobs, seeds, the CLI, authentication, a platform administrator) runs as that role.
 *
 * `SET LOCAL` lasts for the transaction only, so a connection goes back to the pool clean and the scheme works
 * behind PgBouncer in transaction mode.
 */
export const APP_ROLE = 'passerelle_app';

/**
 * The role, and the login's membership in it (the RowLevelSecurity migration's first statements). A restore runs them
 * before pg_restore: the policies it recreates name the role, and a new server may not have it.
 */
export const CREATE_APP_ROLE_SQL = `
  DO $$ BEGIN
    CREATE ROLE ${APP_ROLE} NOLOGIN NOINHERIT NOBYPASSRLS;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END $$;
  DO $$ BEGIN
    IF NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
      EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
    END IF;
  EXCEPTION WHEN unique_violation THEN NULL;
  END $$`;

/** The role's privileges (a dump taken with `--no-acl` has none of them): run after a restore. */
export const GRANT_APP_ROLE_SQL = `
  GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE};
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`;

/** What the statements of the current async context may see. */
export type RowScope =
  /** The connection's own role: every row (system contexts, platform administrators). */
  | { kind: 'system' }
  /** Rows of these structures only (the one the caller acts in; a network's members for its aggregates). */
  | { kind: 'structures'; structureIds: readonly string[] };

/** A request before (or without) an authenticated actor acting in a structure: no row of a scoped table. */
export const CLOSED_SCOPE: RowScope = { kind: 'structures', structureIds: [] };
const SYSTEM_SCOPE: RowScope = { kind: 'system' };

/** A request's scope holder: opened closed by the middleware, narrowed by the access guard once the actor is known. */
interface ScopeHolder {
  scope: RowScope;
}

const storage = new AsyncLocalStorage<ScopeHolder>();

/** Outside any holder (process start-up, workers, CLI, tests' own queries), statements run as the system. */
export const currentRowScope = (): RowScope => storage.getStore()?.scope ?? SYSTEM_SCOPE;

/** Runs `fn` (and everything it awaits) with a request's holder, closed until `setRequestRowScope` opens it. */
export function runRequestScope<T>(fn: () => T): T {
  return storage.run({ scope: CLOSED_SCOPE }, fn);
}

/** Sets the scope of the current request (the access guard, once it knows the actor). */
export function setRequestRowScope(scope: RowScope): void {
  const holder = storage.getStore();
  if (holder) holder.scope = scope;
}

/** Runs `fn` under a given scope, whatever the surrounding one (a network's aggregates over its members). */
export function withRowScope<T>(scope: RowScope, fn: () => Promise<T>): Promise<T> {
  return storage.run({ scope }, fn);
}

/**
 * Runs `fn` explicitly unscoped: authentication before a structure is known, public links that carry their own
 * proof (a signature token). Every use is a deliberate exception to the request's scope.
 */
export function runUnscoped<T>(fn: () => Promise<T>): Promise<T> {
  return storage.run({ scope: SYSTEM_SCOPE }, fn);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The statements that put a transaction under a scope (one round trip: simple protocol, several statements). */
export function scopeStatements(scope: Extract<RowScope, { kind: 'structures' }>): string {
  const ids = scope.structureIds.filter((id) => UUID.test(id));
  return `SET LOCAL ROLE ${APP_ROLE}; SET LOCAL app.structure_ids = '${ids.join(',')}'`;
}

type ScopedRunner = PostgresQueryRunner & { rowScopeApplied?: boolean };

/** Transaction control that must come before the scope (`SET TRANSACTION` has to be the transaction's first). */
const BEFORE_SCOPE = /^\s*(START TRANSACTION|BEGIN|SET TRANSACTION)\b/i;
/** The end of the outermost transaction (not `ROLLBACK TO SAVEPOINT`). */
const TRANSACTION_END = /^\s*(COMMIT|ROLLBACK)\s*$/i;

let installed = false;

/**
 * Wraps `PostgresQueryRunner.query` once per process: in a scoped context, a statement inside a transaction runs after
 * the scope was set in that transaction (before its first statement, savepoints included: a `ROLLBACK TO` cannot undo
 * it); a statement outside any transaction gets one of its own (`BEGIN` + scope, the statement, `COMMIT`). The scope
 * statements go to the driver's connection directly: they are not application queries (the N+1 specs count those).
 */
export function installRowScope(): void {
  if (installed) return;
  installed = true;
  const query = PostgresQueryRunner.prototype.query;
  PostgresQueryRunner.prototype.query = async function scopedQuery(
    this: ScopedRunner,
    sql: string,
    parameters?: unknown[],
    useStructuredResult?: boolean,
  ) {
    const scope = currentRowScope();
    if (scope.kind === 'system' || this.isReleased) return query.call(this, sql, parameters, useStructuredResult);
    if (this.isTransactionActive) {
      if (TRANSACTION_END.test(sql)) {
        this.rowScopeApplied = false;
      } else if (!this.rowScopeApplied && !BEFORE_SCOPE.test(sql)) {
        const connection = await this.connect();
        await connection.query(scopeStatements(scope));
        this.rowScopeApplied = true;
      }
      return query.call(this, sql, parameters, useStructuredResult);
    }
    const connection = await this.connect();
    await connection.query(`BEGIN; ${scopeStatements(scope)}`);
    let result: unknown;
    try {
      result = await query.call(this, sql, parameters, useStructuredResult);
    } catch (error) {
      await connection.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    await connection.query('COMMIT');
    return result;
  } as typeof query;
}
