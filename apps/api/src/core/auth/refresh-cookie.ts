import type { CookieOptions, Request, Response } from 'express';

/** The refresh token lives only in this cookie: HttpOnly (no script reads it), sent only to the /auth routes. */
export const REFRESH_COOKIE = 'passerelle_refresh';
export const REFRESH_COOKIE_PATH = '/auth';

// Always Secure: browsers accept it on http://localhost too, and production is HTTPS behind the proxy.
const options: CookieOptions = { httpOnly: true, secure: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH };

export function setRefreshCookie(res: Response, token: string, expiresAt: Date): void {
  res.cookie(REFRESH_COOKIE, token, { ...options, expires: expiresAt });
}

export function clearRefreshCookie(res: Response): void {
  res.clearCookie(REFRESH_COOKIE, options);
}

export function readRefreshCookie(req: Request): string | null {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value !== '' ? value : null;
}
