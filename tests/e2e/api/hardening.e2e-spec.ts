import { startTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

describe('hardening', () => {
  describe('login throttling', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
      // the harness signed in once already; now allow 3 attempts per username and 6 per address
      await t.close();
      t = await startTestApp({ auth: { ...(await import('../../../apps/api/src/config/config')).loadConfig({}).auth, jwtSecret: 'e2e-secret-of-at-least-thirty-two-characters', admin: TEST_ADMIN, loginLimit: { perIp: 6, perUsername: 3, windowSeconds: 900 } } });
    });
    afterAll(() => t.close());

    const attempt = (username: string) => t.anonymous.post('/api/auth/login', { username, password: 'wrong-password' });

    it('answers 429 with Retry-After per username, then per address', async () => {
      // the harness's own admin login used one attempt for "admin" and one for the address
      expect((await attempt('zhang')).status).toBe(401);
      expect((await attempt('zhang')).status).toBe(401);
      expect((await attempt('zhang')).status).toBe(401);
      const blocked = await attempt('zhang');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.body.message).toMatch(/秒后再试/);
      // a correct password does not get past the block either
      expect((await t.anonymous.post('/api/auth/login', { username: 'zhang', password: TEST_ADMIN.password })).status).toBe(429);

      // fresh usernames each time: only the per-address limit can stop these
      const statuses: number[] = [];
      for (let i = 0; i < 6 && statuses.at(-1) !== 429; i++) statuses.push((await attempt(`user${i}`)).status);
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true);
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
