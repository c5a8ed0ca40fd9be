import express from 'express';
import request from 'supertest';
import { parseEnv, trustProxySetting } from '../config/env';
import { applyHttpSecurity } from './http-security';

function appFor(NODE_ENV: 'production' | 'development', TRUST_PROXY = 'false') {
  const app = express();
  applyHttpSecurity(app, { NODE_ENV, TRUST_PROXY });
  app.get('/who', (req, res) => res.json({ ip: req.ip, secure: req.secure }));
  return app;
}

describe('HTTP security', () => {
  it('sends HSTS in production only', async () => {
    const production = await request(appFor('production')).get('/who');
    expect(production.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const development = await request(appFor('development')).get('/who');
    expect(development.headers['strict-transport-security']).toBeUndefined();
    expect(development.headers['x-powered-by']).toBeUndefined();
  });

  it('ignores X-Forwarded-* by default, and believes the proxy TRUST_PROXY names', async () => {
    const forwarded = { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' };
    const direct = await request(appFor('production')).get('/who').set(forwarded);
    expect(direct.body).toEqual({ ip: expect.not.stringContaining('203.0.113.7'), secure: false });
    const proxied = await request(appFor('production', 'loopback')).get('/who').set(forwarded);
    expect(proxied.body).toEqual({ ip: '203.0.113.7', secure: true });
    const hops = await request(appFor('production', '1')).get('/who').set(forwarded);
    expect(hops.body).toEqual({ ip: '203.0.113.7', secure: true });
  });
});

describe('TRUST_PROXY', () => {
  const base = { DATABASE_URL: 'postgres://x@h/db', REDIS_URL: 'redis://h:6379', JWT_SECRET: 'x'.repeat(32) };

  it('accepts false, true, a hop count, or addresses and subnets', () => {
    expect(trustProxySetting(parseEnv(base).TRUST_PROXY)).toBe(false);
    expect(trustProxySetting(parseEnv({ ...base, TRUST_PROXY: '1' }).TRUST_PROXY)).toBe(1);
    expect(trustProxySetting(parseEnv({ ...base, TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY)).toEqual([
      'loopback',
      '10.0.0.0/8',
    ]);
  });

  it('refuses anything else with a French message', () => {
    expect(() => parseEnv({ ...base, TRUST_PROXY: 'nginx;rm' })).toThrow(
      /^Configuration invalide : TRUST_PROXY doit valoir false, true, un nombre de relais/,
    );
  });
});
