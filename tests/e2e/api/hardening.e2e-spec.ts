import { startTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

describe('hardening', () => {
  describe('login throttling', () => {
    let t: TestApp;
    beforeAll(async () => {
      const { loadConfig } = await import('../../../apps/api/src/config/config');
      const auth = loadConfig({ JWT_SECRET: 'e2e-secret-of-at-least-thirty-two-characters' }).auth;
      // 3 failed attempts per username, 12 attempts of any kind per address
      t = await startTestApp({ auth: { ...auth, admin: TEST_ADMIN, loginLimit: { perIp: 12, perUsername: 3, windowSeconds: 900 } } });
    });
    afterAll(() => t.close());

    const attempt = (username: string, password = 'wrong-password') => t.anonymous.post('/api/auth/login', { username, password });

    it('never counts successful sign-ins against the account', async () => {
      for (let i = 0; i < 4; i++) expect((await attempt(TEST_ADMIN.username, TEST_ADMIN.password)).status).toBe(200);
    });

    it('answers 429 with Retry-After after too many failures for one username, even to the right password', async () => {
      for (let i = 0; i < 3; i++) expect((await attempt(TEST_ADMIN.username)).status).toBe(401);
      const blocked = await attempt(TEST_ADMIN.username);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(800);
      expect(blocked.body.message).toMatch(/秒后再试/);
      expect((await attempt(TEST_ADMIN.username, TEST_ADMIN.password)).status).toBe(429);
      expect((await attempt('Admin ', TEST_ADMIN.password)).status).toBe(429);
    });

    it('answers 429 with Retry-After after too many attempts from one address', async () => {
      // Fresh usernames each time: only the per-address limit can stop these. This address has
      // made 11 attempts so far (the harness's sign-in and the tests above), so the 12th is the last.
      const statuses: number[] = [];
      for (let i = 0; i < 8 && statuses.at(-1) !== 429; i++) statuses.push((await attempt(`user${i}`)).status);
      expect(statuses).toEqual([401, 429]);
      expect(Number((await attempt('someone-else')).headers['retry-after'])).toBeGreaterThan(0);
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
      const docs = await t.anonymous.get('/api/docs');
      expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self' 'unsafe-inline'");
    });

    it('refuses oversized bodies before authentication', async () => {
      const response = await t.anonymous.post('/api/auth/login', { username: 'x', password: 'y'.repeat(2_000_000) });
      expect(response.status).toBe(413);
    });
  });
});
