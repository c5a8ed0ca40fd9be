import { stdSerializers } from 'pino';

/**
 * What a log line may hold: ids, codes, durations. Never names, e-mail addresses, search strings, bound SQL
 * parameters or one-time tokens. These serializers keep an allowlist of fields instead of redacting known ones.
 */

/** Public one-time links: the API route and the web page. */
const ONE_TIME_PATH = /^(\/(?:signatures|sign)\/)[^/?#]+/;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const QUOTED = /"[^"]*"/g;

/** The path with one-time tokens replaced and query values dropped (they may hold search strings). */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const [path, query] = url.split('?', 2);
  const safePath = path.replace(ONE_TIME_PATH, '$1[jeton]');
  if (query === undefined) return safePath;
  const keys = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=…`);
  return `${safePath}?${keys.join('&')}`;
}

/** A value PostgreSQL echoes in its message (`invalid input syntax for type date: "…"`). */
const ECHOED_VALUE = /: "[^"]*"/g;

/** E-mail addresses and echoed values out of free text (messages of SMTP servers and PostgreSQL errors). */
export function scrubText(text: string): string {
  return text.replace(EMAIL, '[e-mail]').replace(ECHOED_VALUE, ': "…"');
}

/**
 * pino hook: every message string is scrubbed; an error logged without a message gets its scrubbed message as the
 * line's `msg` (pino would otherwise copy the raw one).
 */
export function scrubLogArguments(this: unknown, args: unknown[], method: (...args: unknown[]) => void): void {
  const safe = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg));
  const [first] = safe;
  if (safe.length === 1 && first && typeof first === 'object' && 'err' in first && first.err instanceof Error) {
    safe.push(scrubText(first.err.message));
  }
  method.apply(this, safe);
}

const RESPONSE_HEADERS = ['content-type', 'content-length', 'x-request-id'];

/** What pino-http hands the serializers: its standard view of the request and response (headers included). */
type RequestView = { id?: unknown; method?: string; url?: string; remoteAddress?: string };
type ResponseView = { statusCode?: number; headers?: Record<string, unknown> };

export const logSerializers = {
  req(req: RequestView) {
    return { id: req.id, method: req.method, url: redactUrl(req.url), remoteAddress: req.remoteAddress };
  },
  res(res: ResponseView) {
    const headers: Record<string, unknown> = {};
    for (const name of RESPONSE_HEADERS) {
      const value = res.headers?.[name];
      if (value !== undefined) headers[name] = value;
    }
    return { statusCode: res.statusCode, headers };
  },
  err: serializeError,
};

/**
 * A failed SQL statement keeps its SQL text (placeholders only), SQLSTATE and constraint: never its bound parameters,
 * PostgreSQL's `detail` (which repeats the values) nor the values quoted in its message. Any other error keeps its
 * type, message, stack and code. Takes an error or pino's standard view of one (`raw` is the error itself).
 */
export function serializeError(input: unknown): Record<string, unknown> {
  if (!input || typeof input !== 'object') return { message: scrubText(String(input)) };
  const view = (input instanceof Error ? stdSerializers.err(input) : input) as Record<string, unknown>;
  const error = ((view as { raw?: unknown }).raw ?? input) as Record<string, unknown>;
  const result: Record<string, unknown> = {
    type: view.type ?? (error.constructor as { name?: string } | undefined)?.name,
    message: scrubText(String(view.message ?? error.message ?? '')),
  };
  if (typeof view.stack === 'string') result.stack = scrubText(view.stack);
  if (typeof error.code === 'string' || typeof error.code === 'number') result.code = error.code;
  const driverError = error.driverError as Record<string, unknown> | undefined;
  if (driverError || typeof error.query === 'string') {
    const unquote = (text: unknown) => (typeof text === 'string' ? text.replace(QUOTED, '"…"') : undefined);
    result.message = unquote(result.message);
    result.stack = unquote(result.stack);
    if (typeof error.query === 'string') result.query = error.query;
    for (const key of ['code', 'constraint', 'table', 'column', 'routine'] as const) {
      if (typeof driverError?.[key] === 'string') result[key] = driverError[key];
    }
  }
  return result;
}
