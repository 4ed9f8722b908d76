import { FailedLogins } from '../../../apps/api/src/auth/failed-logins';
import type { AppConfig } from '../../../apps/api/src/config/config';
import { startTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

describe('hardening', () => {
  describe('login throttling', () => {
    let t: TestApp;
    let waits: number[];
    beforeAll(async () => {
      const { loadConfig } = await import('../../../apps/api/src/config/config');
      const auth = loadConfig({ JWT_SECRET: 'e2e-secret-of-at-least-thirty-two-characters' }).auth;
      // 3 failed attempts per username and address, 14 attempts of any kind per address
      t = await startTestApp({ auth: { ...auth, admin: TEST_ADMIN, loginLimit: { ...auth.loginLimit, perIp: 14, perUsername: 3 } } });
      // Record the slow-down instead of sleeping through it.
      t.app.get(FailedLogins).wait = async (ms: number) => {
        waits.push(ms);
      };
    });
    beforeEach(() => {
      waits = [];
    });
    afterAll(() => t.close());

    const attempt = (from: string, username: string, password = 'wrong-password') =>
      t.anonymous.from(from).post('/api/auth/login', { username, password });

    it('never counts successful sign-ins against the account', async () => {
      for (let i = 0; i < 4; i++) expect((await attempt('10.0.0.1', TEST_ADMIN.username, TEST_ADMIN.password)).status).toBe(200);
      expect(waits).toEqual([]);
    });

    it('refuses an address that keeps guessing one account (429), and lets the owner in from elsewhere', async () => {
      for (let i = 0; i < 3; i++) expect((await attempt('10.6.6.6', TEST_ADMIN.username)).status).toBe(401);
      const blocked = await attempt('10.6.6.6', TEST_ADMIN.username);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
      expect(blocked.body.message).toMatch(/秒后再试/);
      expect((await attempt('10.6.6.6', TEST_ADMIN.username, TEST_ADMIN.password)).status).toBe(429);
      expect((await attempt('10.6.6.6', 'Admin ', TEST_ADMIN.password)).status).toBe(429);
      // The owner, from their own address: slowed down, not locked out.
      expect((await attempt('10.0.0.1', TEST_ADMIN.username, TEST_ADMIN.password)).status).toBe(200);
      expect(waits.length).toBeGreaterThan(0);
    });

    it('slows down guessing from many addresses with a growing delay, never a lock', async () => {
      for (let i = 0; i < 4; i++) expect((await attempt(`10.7.0.${i}`, 'staff-account')).status).toBe(401);
      // 3 failures reach the limit: from then on each attempt waits, twice as long as the one before
      expect(waits).toEqual([500]);
      expect((await attempt('10.7.0.9', 'staff-account')).status).toBe(401);
      expect((await attempt('10.7.0.10', 'staff-account')).status).toBe(401);
      expect(waits).toEqual([500, 1000, 2000]);
      const audit = await t.api.get('/api/audit-logs', { filter: { action: 'sign_in_failed', q: 'staff-account' }, range: [0, 99] });
      expect(audit.body.map((entry: { ip: string }) => entry.ip).sort()).toEqual(['10.7.0.0', '10.7.0.1', '10.7.0.10', '10.7.0.2', '10.7.0.3', '10.7.0.9']);
    });

    it('answers 429 with Retry-After after too many attempts from one address', async () => {
      // Fresh usernames each time: only the per-address limit can stop these.
      const statuses: number[] = [];
      for (let i = 0; i < 20 && statuses.at(-1) !== 429; i++) statuses.push((await attempt('10.8.8.8', `user${i}`)).status);
      expect(statuses).toEqual([...Array(14).fill(401), 429]);
      expect(Number((await attempt('10.8.8.8', 'someone-else')).headers['retry-after'])).toBeGreaterThan(0);
      expect((await attempt('10.9.9.9', 'someone-else')).status).toBe(401);
    });
  });

  describe('behind a reverse proxy (TRUST_PROXY)', () => {
    const start = (trustProxy: AppConfig['trustProxy']) =>
      import('../../../apps/api/src/config/config').then(({ loadConfig }) => {
        const auth = loadConfig({ JWT_SECRET: 'e2e-secret-of-at-least-thirty-two-characters' }).auth;
        return startTestApp({ trustProxy, auth: { ...auth, admin: TEST_ADMIN, loginLimit: { ...auth.loginLimit, perIp: 3, perUsername: 100 } } });
      });

    it('counts each client behind a trusted proxy as its own address', async () => {
      const t = await start(['127.0.0.1']);
      try {
        const proxied = (client: string) => t.anonymous.from('127.0.0.1', client).post('/api/auth/login', { username: 'nobody', password: 'x' });
        for (let i = 0; i < 3; i++) expect((await proxied('203.0.113.1')).status).toBe(401);
        expect((await proxied('203.0.113.1')).status).toBe(429);
        expect((await proxied('203.0.113.2')).status).toBe(401);
        const audit = await t.api.get('/api/audit-logs', { filter: { action: 'sign_in_failed' }, range: [0, 9] });
        expect(audit.body[0].ip).toBe('203.0.113.2');
      } finally {
        await t.close();
      }
    });

    it('ignores X-Forwarded-For from anyone it does not trust', async () => {
      const t = await start(false);
      try {
        const spoofed = (client: string) => t.anonymous.from('198.51.100.7', client).post('/api/auth/login', { username: 'nobody', password: 'x' });
        for (let i = 0; i < 3; i++) expect((await spoofed(`203.0.113.${i}`)).status).toBe(401);
        expect((await spoofed('203.0.113.99')).status).toBe(429);
      } finally {
        await t.close();
      }
    });
  });

  describe('headers and limits', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('sends security headers, with a looser CSP only on the API docs', async () => {
      const api = await t.api.get('/api/health');
      expect(api.headers['x-content-type-options']).toBe('nosniff');
      expect(api.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(api.headers['strict-transport-security']).toBeDefined();
      expect(String(api.headers['content-security-policy'])).toContain("script-src 'self';");
      // attachments' pictures are fetched with the token and shown from blob: URLs
      expect(String(api.headers['content-security-policy'])).toContain("img-src 'self' data: blob:;");
      const docs = await t.anonymous.get('/api/docs');
      expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self' 'unsafe-inline'");
    });

    it('refuses oversized bodies before authentication', async () => {
      const response = await t.anonymous.post('/api/auth/login', { username: 'x', password: 'y'.repeat(2_000_000) });
      expect(response.status).toBe(413);
    });
  });
});
