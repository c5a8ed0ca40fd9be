import cookieParser from 'cookie-parser';
import type { Express } from 'express';
import helmet from 'helmet';
import { Env, trustProxySetting } from '../config/env';

/**
 * The API answers JSON and file downloads, never pages to render (Bull Board excepted, see `dashboardCsp`): its CSP
 * forbids everything, including being framed. HSTS only in production, where it is served over HTTPS.
 */
export function applyHttpSecurity(express: Express, env: Pick<Env, 'NODE_ENV' | 'TRUST_PROXY'>): void {
  express.set('trust proxy', trustProxySetting(env.TRUST_PROXY));
  express.disable('x-powered-by');
  express.use(cookieParser());
  express.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'none'"],
        },
      },
      strictTransportSecurity: env.NODE_ENV === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
    }),
  );
}

/** Bull Board is a page of its own scripts and styles; no third party (its Google font is left out on purpose). */
export const dashboardCsp = helmet.contentSecurityPolicy({
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
});
