import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { productionJwtSecretProblem } from './jwt-secret';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase());

const PROXY_ADDRESS = String.raw`(?:loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(?:\/\d{1,3})?)`;
const TRUST_PROXY_FORMAT = new RegExp(
  String.raw`^(?:false|true|\d{1,2}|${PROXY_ADDRESS}(?:\s*,\s*${PROXY_ADDRESS})*)$`,
);

/** The Express value of TRUST_PROXY: a boolean, a hop count, or a list of addresses and subnets. */
export function trustProxySetting(value: string): boolean | number | string[] {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}

/** Every environment variable the API reads. Documented in docs/operations.md. */
export class Env {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'doit être une URL postgres://utilisateur@hôte:port/base' })
  DATABASE_URL!: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'doit être une URL redis://hôte:port' })
  REDIS_URL!: string;

  /** Redis through Sentinel: `hôte:port,hôte:port` of the sentinels (REDIS_URL then gives only password and db). */
  @IsOptional()
  @Matches(/^[^\s,:]+:\d+(,[^\s,:]+:\d+)*$/, { message: 'doit être une liste hôte:port,hôte:port' })
  REDIS_SENTINELS?: string;

  @IsString()
  @MinLength(1)
  REDIS_SENTINEL_NAME = 'mymaster';

  /** Redis Cluster: `hôte:port,hôte:port` of seed nodes (QUEUE_PREFIX must then be a hash tag such as `{passerelle}`). */
  @IsOptional()
  @Matches(/^[^\s,:]+:\d+(,[^\s,:]+:\d+)*$/, { message: 'doit être une liste hôte:port,hôte:port' })
  REDIS_CLUSTER_NODES?: string;

  /** How long a request waits on Redis (enqueue, job status) before answering SERVICE_UNAVAILABLE. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60000)
  REDIS_TIMEOUT_MS = 2000;

  /** Database connections per process (keep the sum over processes under the server's or PgBouncer's limit). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  DATABASE_POOL_SIZE = 10;

  /** How long a request waits for a free database connection (or a new one) before SERVICE_UNAVAILABLE. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(120000)
  DATABASE_CONNECT_TIMEOUT_MS = 5000;

  /** PostgreSQL `statement_timeout` for every session (0: the server's setting). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600000)
  DATABASE_STATEMENT_TIMEOUT_MS = 60000;

  /** PostgreSQL `idle_in_transaction_session_timeout` (0: the server's setting). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(3600000)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = 60000;

  /** Whole-request limit (Node's `requestTimeout`): a client sending its body slower than this is cut off. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3600000)
  HTTP_REQUEST_TIMEOUT_MS = 120000;

  /** Limit for receiving the request headers (Node's `headersTimeout`). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  HTTP_HEADERS_TIMEOUT_MS = 20000;

  /** On SIGTERM/SIGINT: in-flight requests and jobs get this long to finish, then the process exits anyway. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  SHUTDOWN_TIMEOUT_MS = 15000;

  /** A job whose worker stops renewing its lock for this long (crash) is handed to another worker. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(600000)
  JOBS_LOCK_MS = 30000;

  /** How often the transactional outbox (jobs recorded with a database write) is moved to Redis. */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60000)
  OUTBOX_POLL_MS = 1000;

  @IsString()
  @MinLength(32, { message: 'doit contenir au moins 32 caractères' })
  JWT_SECRET!: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(50)
  LOGIN_MAX_ATTEMPTS = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_LOCK_MINUTES = 15;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10000)
  LOGIN_SLOWDOWN_MS = 300;

  /** Failed logins one address may make (all accounts together) before it is refused for LOGIN_LOCK_MINUTES. */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(10000)
  LOGIN_MAX_FAILURES_PER_ADDRESS = 30;

  /** Requests per minute of a caller without valid credentials, per address (login, refresh, signature links…). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000000)
  RATE_LIMIT_ANONYMOUS_PER_MINUTE = 300;

  /** Requests per minute of a signed-in person (whatever their address: offices share one behind a NAT). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000000)
  RATE_LIMIT_USER_PER_MINUTE = 600;

  /** Requests per minute of one API key: integrations synchronise in bulk. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000000)
  RATE_LIMIT_API_KEY_PER_MINUTE = 3000;

  /** Longest wait on Redis for a rate-limit counter; beyond it (or Redis down), the request passes, with a warning. */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(5000)
  RATE_LIMIT_REDIS_TIMEOUT_MS = 200;

  /** GraphQL introspection (schema discovery by tools); off by default in production. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  GRAPHQL_INTROSPECTION!: boolean;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  QUEUE_PREFIX = 'passerelle';

  @Transform(toBool)
  @IsBoolean()
  RUN_MIGRATIONS = true;

  @Transform(toBool)
  @IsBoolean()
  JOBS_ENABLED = true;

  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  /**
   * Express `trust proxy`: which proxies may set X-Forwarded-For/-Proto (client address for rate limits and logs,
   * HTTPS). `false` when the API is reached directly; behind proxies, their number (`1` behind the bundled nginx)
   * or their addresses/subnets.
   */
  @Matches(TRUST_PROXY_FORMAT, {
    message: 'doit valoir false, true, un nombre de relais ou des adresses/sous-réseaux séparés par des virgules',
  })
  TRUST_PROXY = 'false';

  /** Where files are stored with STORAGE_DRIVER=local (proofs, signed sheets, participants' documents); keep it on a backed-up volume. */
  @IsString()
  @MinLength(1)
  FILES_DIR = './.data/files';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  MAX_UPLOAD_MB = 20;

  /** Where files go: `local` (FILES_DIR, one machine) or `s3` (an S3-compatible bucket, for several replicas). */
  @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  /** S3-compatible endpoint (MinIO, Garage, Ceph RGW, a cloud provider's); absent: AWS S3 for S3_REGION. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'doit être une URL http(s)://hôte:port' })
  S3_ENDPOINT?: string;

  @ValidateIf((env: Env) => env.STORAGE_DRIVER === 's3')
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'doit être un nom de bucket S3 (3 à 63 caractères : minuscules, chiffres, points, tirets)',
  })
  S3_BUCKET?: string;

  @IsString()
  @MinLength(1)
  S3_REGION = 'us-east-1';

  /** Absent: the SDK's usual sources (AWS_* variables, instance role). */
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  /** `https://endpoint/bucket/key` rather than `https://bucket.endpoint/key`; absent: on with S3_ENDPOINT (MinIO, Garage, Ceph), off for AWS. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE?: boolean;

  /** A file written but not committed (crash between the two steps) is deleted by the hourly sweep after this delay. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(10080)
  STORAGE_ORPHAN_GRACE_MINUTES = 60;

  /** How long a one-time e-signature link (or QR code) stays valid. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10080)
  SIGNATURE_LINK_TTL_MINUTES = 120;

  /**
   * Public address of the web app: absolute signature links, links in e-mails (relative paths otherwise).
   * `WEB_BASE_URL` is a deprecated alias read when this one is absent.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'doit être une URL http(s)://…' })
  PUBLIC_BASE_URL?: string;

  /** SMTP server for e-mail notifications (smtp://user:password@host:587, smtps://… for TLS). Absent: e-mail disabled and logged. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'doit être une URL smtp://utilisateur:motdepasse@hôte:port' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  SMTP_FROM = 'Passerelle <ne-pas-repondre@passerelle.local>';

  /** Years a participant's file is kept after their last exit before it is flagged for a decision. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  RETENTION_YEARS_AFTER_EXIT = 5;

  /** No file is flagged before this day (FSE+ 2021-2027: proofs kept until the programme's closure). */
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'doit être une date AAAA-MM-JJ' })
  RETENTION_KEEP_AT_LEAST_UNTIL = '2033-12-31';

  /** Networks and statistical exports publish no count of people below this (statistical secrecy). */
  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(100)
  NETWORK_SMALL_CELL_THRESHOLD = 5;

  /** Bearer token that Prometheus sends to read `/metrics`; without it (and without METRICS_PORT), no metrics. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'doit contenir au moins 32 caractères' })
  METRICS_TOKEN?: string;

  /** Serves `/metrics` on this port instead of the API's (the worker has no API port). */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  METRICS_PORT?: number;

  /**
   * OpenTelemetry: traces go over OTLP/HTTP to `<this>/v1/traces` (read by the SDK itself, before the rest of the
   * configuration); absent, tracing is off and costs nothing.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'doit être une URL http(s)://hôte:port' })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** The service name in traces; by default `passerelle-api` or `passerelle-worker`. */
  @IsOptional()
  @IsString()
  OTEL_SERVICE_NAME?: string;
}

/** Old names still read, mapped to the current one (a deprecation warning says which to use). */
export const DEPRECATED_ALIASES: Record<string, keyof Env> = { WEB_BASE_URL: 'PUBLIC_BASE_URL' };

/** Reads and validates the environment; every invalid variable is reported, one per line. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const values = withAliases(stripEmpty(source));
  const env = plainToInstance(Env, values, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((error) => {
      const missing = values[error.property] === undefined;
      return `${error.property} ${missing ? 'est manquante' : describe(error.constraints ?? {})}`;
    });
    throw new InvalidConfigError(
      lines.length === 1
        ? `Configuration invalide : ${lines[0]}`
        : `Configuration invalide (${lines.length} erreurs) :\n${lines.map((line) => `- ${line}`).join('\n')}`,
    );
  }
  const secretProblem = env.NODE_ENV === 'production' ? productionJwtSecretProblem(env.JWT_SECRET) : null;
  if (secretProblem) throw new InvalidConfigError(`Configuration invalide : JWT_SECRET ${secretProblem}`);
  env.GRAPHQL_INTROSPECTION ??= env.NODE_ENV !== 'production';
  return env;
}

/** The French message of the most telling failed constraint (class-validator's defaults are in English). */
function describe(constraints: Record<string, string>): string {
  const bound = (message: string) => message.split(' ').pop();
  if (constraints.isInt) return 'doit être un nombre entier';
  if (constraints.isBoolean) return 'doit valoir true ou false';
  if (constraints.isIn) return `doit valoir l'une de ces valeurs : ${constraints.isIn.split(': ').pop()}`;
  if (constraints.min) return `doit valoir au moins ${bound(constraints.min)}`;
  if (constraints.max) return `doit valoir au plus ${bound(constraints.max)}`;
  return Object.values(constraints)[0];
}

function withAliases(values: Record<string, string | undefined>) {
  const result = { ...values };
  for (const [alias, name] of Object.entries(DEPRECATED_ALIASES)) {
    if (result[alias] === undefined) continue;
    if (result[name] === undefined) result[name] = result[alias];
    delete result[alias];
    process.emitWarning(`${alias} est obsolète : utilisez ${name}.`, {
      type: 'DeprecationWarning',
      code: 'PASSERELLE_ENV',
    });
  }
  return result;
}

export class InvalidConfigError extends Error {}

function stripEmpty(source: NodeJS.ProcessEnv) {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
}
