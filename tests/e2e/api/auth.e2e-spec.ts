import { JwtService } from '@nestjs/jwt';
import { IsNull, Not } from 'typeorm';
import { REFRESH_GRACE_SECONDS } from '../../../apps/api/src/auth/auth.service';
import { AuthConfig } from '../../../apps/api/src/config/config';
import { ensureAdmin } from '../../../apps/api/src/users/ensure-admin';
import { RefreshToken } from '../../../apps/api/src/users/user.entity';
import { createOrgTree, createUser, USER_PASSWORD } from '../support/fixtures';
import { startTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

const SECRET = 'e2e-secret-of-at-least-thirty-two-characters';

describe('authentication', () => {
  let t: TestApp;
  let orgs: Awaited<ReturnType<typeof createOrgTree>>;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    orgs = await createOrgTree(t.api);
    await createUser(t.api, 'secretary', 'secretary', orgs.branch.id);
  });

  const login = (username: string, password: string) => t.anonymous.post('/api/auth/login', { username, password });

  it('signs in with a short-lived access token and a refresh token; passwords are stored as argon2id', async () => {
    const response = await login('secretary', USER_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, refreshToken: expect.any(String) });
    const me = await t.anonymous.withToken(response.body.accessToken).get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ username: 'secretary', role: 'secretary', orgId: orgs.branch.id });
    expect(me.body.user.passwordHash).toBeUndefined();
    expect(me.body.org).toEqual({ id: orgs.branch.id, name: '学会党支部' });
    expect(me.body.permissions.meetings).toEqual(['read', 'write']);
    expect(me.body.permissions.users).toEqual([]);
    const [row] = await t.dataSource.query("SELECT passwordHash FROM users WHERE username = 'secretary'");
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('refuses wrong passwords and unknown users alike, with no hint which', async () => {
    const wrong = await login('secretary', 'not-the-password');
    const unknown = await login('nobody', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect((await t.anonymous.post('/api/auth/login', { username: 'secretary' })).status).toBe(400);
  });

  /** Moves a spent refresh token's replacement time back, as if it had been replaced `seconds` ago. */
  const replacedSecondsAgo = (seconds: number) =>
    t.dataSource.getRepository(RefreshToken).update({ replacedAt: Not(IsNull()) }, { replacedAt: new Date(Date.now() - seconds * 1000) });

  it('rotates refresh tokens; a replaced one presented again later is reuse and ends every session', async () => {
    const first = (await login('secretary', USER_PASSWORD)).body;
    const second = await t.anonymous.post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await t.anonymous.withToken(second.body.accessToken).get('/api/auth/me')).status).toBe(200);

    await replacedSecondsAgo(REFRESH_GRACE_SECONDS + 5);
    const reuse = await t.anonymous.post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    // the theft signal ends the newer refresh token and every access token as well
    expect((await t.anonymous.post('/api/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);
    expect((await t.anonymous.withToken(second.body.accessToken).get('/api/auth/me')).status).toBe(401);
    const events = await t.api.get('/api/audit-logs', { filter: { action: 'token_reuse' } });
    expect(events.body).toHaveLength(1);
    expect(events.body[0]).toMatchObject({ resource: 'users', actorName: 'secretary' });
  });

  it('gives two refreshes at once with one token the same successor, and keeps the user signed in', async () => {
    const first = (await login('secretary', USER_PASSWORD)).body;
    const [a, b] = await Promise.all([
      t.anonymous.post('/api/auth/refresh', { refreshToken: first.refreshToken }),
      t.anonymous.post('/api/auth/refresh', { refreshToken: first.refreshToken }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.refreshToken).toBe(b.body.refreshToken);
    for (const answer of [a, b]) expect((await t.anonymous.withToken(answer.body.accessToken).get('/api/auth/me')).status).toBe(200);
    // a third tab, a little later but within the grace window: the same successor again
    const c = await t.anonymous.post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(c.body.refreshToken).toBe(a.body.refreshToken);
    const next = await t.anonymous.post('/api/auth/refresh', { refreshToken: a.body.refreshToken });
    expect(next.status).toBe(200);
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM refresh_tokens WHERE revokedAt IS NULL');
    expect(Number(n)).toBe(1);
    expect((await t.api.get('/api/audit-logs', { filter: { action: 'token_reuse' } })).body).toEqual([]);
  });

  it('records sign-in, failed sign-in and sign-out in the audit trail, and drops expired refresh tokens', async () => {
    expect((await login('secretary', 'not-the-password')).status).toBe(401);
    expect((await login('nobody-here', 'not-the-password')).status).toBe(401);
    const tokens = (await login('secretary', USER_PASSWORD)).body;
    expect((await t.anonymous.post('/api/auth/logout', { refreshToken: tokens.refreshToken })).status).toBe(204);
    const entries = (await t.api.get('/api/audit-logs', { filter: { action: ['sign_in', 'sign_in_failed', 'sign_out'] }, sort: ['id', 'ASC'] })).body;
    const secretaryId = (await t.api.get('/api/users', { filter: { q: 'secretary' } })).body[0].id;
    expect(entries.map((e: { action: string; actorName: string; recordId: number | null }) => [e.action, e.actorName, e.recordId])).toEqual([
      ['sign_in_failed', 'secretary', secretaryId],
      ['sign_in_failed', 'nobody-here', null],
      ['sign_in', 'secretary', secretaryId],
      ['sign_out', 'secretary', secretaryId],
    ]);
    expect(entries[0].ip).toBeTruthy();

    await t.dataSource.getRepository(RefreshToken).update({ userId: secretaryId }, { expiresAt: new Date(Date.now() - 1000) });
    await login('secretary', USER_PASSWORD);
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM refresh_tokens WHERE userId = ?', [secretaryId]);
    expect(Number(n)).toBe(1);
  });

  it('logout makes the refresh token useless', async () => {
    const tokens = (await login('secretary', USER_PASSWORD)).body;
    expect((await t.anonymous.post('/api/auth/logout', { refreshToken: tokens.refreshToken })).status).toBe(204);
    expect((await t.anonymous.post('/api/auth/refresh', { refreshToken: tokens.refreshToken })).status).toBe(401);
    expect((await t.anonymous.post('/api/auth/refresh', { refreshToken: 'made-up' })).status).toBe(401);
  });

  it('honours expiry and rejects tampered or foreign tokens', async () => {
    const user = (await t.anonymous.withToken((await login('secretary', USER_PASSWORD)).body.accessToken).get('/api/auth/me')).body.user;
    const jwt = new JwtService({ secret: SECRET });
    const expired = jwt.sign({ sub: user.id, sv: 1, exp: Math.floor(Date.now() / 1000) - 5 });
    const expiredResponse = await t.anonymous.withToken(expired).get('/api/auth/me');
    expect(expiredResponse.status).toBe(401);
    expect(expiredResponse.body.message).toContain('过期');

    const valid = jwt.sign({ sub: user.id, sv: 1 });
    expect((await t.anonymous.withToken(valid).get('/api/auth/me')).status).toBe(200);
    const [header, payload, signature] = valid.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 1, sv: 1 })).toString('base64url');
    expect((await t.anonymous.withToken(`${header}.${forgedPayload}.${signature}`).get('/api/auth/me')).status).toBe(401);
    const otherSecret = new JwtService({ secret: 'another-secret-of-at-least-thirty-two-chars' }).sign({ sub: user.id, sv: 1 });
    expect((await t.anonymous.withToken(otherSecret).get('/api/auth/me')).status).toBe(401);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: user.id, sv: 1 })).toString('base64url')}.`;
    expect((await t.anonymous.withToken(unsigned).get('/api/auth/me')).status).toBe(401);
    expect((await t.anonymous.get('/api/auth/me', {}, { authorization: 'Basic abc' })).status).toBe(401);
  });

  it('refuses a token of the right key but the wrong claims, and a header with more than the token (found by the fuzzer)', async () => {
    const jwt = new JwtService({ secret: SECRET });
    const admin = (await t.api.get('/api/auth/me')).body.user;
    // `sub: null` once matched the first user (the admin); objects and arrays were a 500.
    for (const claims of [{ sub: null, sv: 1 }, { sv: 1 }, { sub: { $gt: 0 }, sv: 1 }, { sub: [admin.id], sv: 1 }, { sub: String(admin.id), sv: '1' }]) {
      expect([claims, (await t.anonymous.withToken(jwt.sign(claims)).get('/api/auth/me')).status]).toEqual([claims, 401]);
    }
    const valid = (await login('secretary', USER_PASSWORD)).body.accessToken;
    for (const authorization of [`Bearer ${valid} extra`, `Bearer  ${valid}`, `Bearer ${valid},Bearer ${valid}`]) {
      expect((await t.anonymous.get('/api/auth/me', {}, { authorization })).status).toBe(401);
    }
    expect((await t.anonymous.get('/api/auth/me', {}, { authorization: `bearer ${valid}` })).status).toBe(200);
  });

  it('rejects a disabled user at once, even with a token that has not expired', async () => {
    const tokens = (await login('secretary', USER_PASSWORD)).body;
    const client = t.anonymous.withToken(tokens.accessToken);
    expect((await client.get('/api/meetings')).status).toBe(200);
    const user = (await t.api.get('/api/users', { filter: { q: 'secretary' } })).body[0];
    const disabled = await t.api.put(`/api/users/${user.id}`, { displayName: user.displayName, role: 'secretary', orgId: user.orgId, disabled: true, version: user.version });
    expect(disabled.status).toBe(200);
    expect((await client.get('/api/meetings')).status).toBe(401);
    expect((await t.anonymous.post('/api/auth/refresh', { refreshToken: tokens.refreshToken })).status).toBe(401);
    expect((await login('secretary', USER_PASSWORD)).status).toBe(401);
  });

  it('rejects a deleted user, and an admin can restore the account', async () => {
    const client = t.anonymous.withToken((await login('secretary', USER_PASSWORD)).body.accessToken);
    const user = (await t.api.get('/api/users', { filter: { q: 'secretary' } })).body[0];
    expect((await t.api.delete(`/api/users/${user.id}`)).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await login('secretary', USER_PASSWORD)).status).toBe(401);
    expect((await t.api.get('/api/users', { filter: { deleted: true } })).body.map((u: { id: number }) => u.id)).toEqual([user.id]);
    expect((await t.api.post(`/api/users/${user.id}/restore`)).status).toBe(200);
    expect((await login('secretary', USER_PASSWORD)).status).toBe(200);
  });

  it('a password reset signs the user out everywhere and the new password works', async () => {
    const tokens = (await login('secretary', USER_PASSWORD)).body;
    const user = (await t.api.get('/api/users', { filter: { q: 'secretary' } })).body[0];
    const reset = await t.api.post(`/api/users/${user.id}/password`, { password: 'brand-new-password' });
    expect(reset.status).toBe(200);
    expect(reset.body.passwordHash).toBeUndefined();
    expect((await t.anonymous.withToken(tokens.accessToken).get('/api/auth/me')).status).toBe(401);
    expect((await login('secretary', USER_PASSWORD)).status).toBe(401);
    expect((await login('secretary', 'brand-new-password')).status).toBe(200);
    expect((await t.api.post(`/api/users/${user.id}/password`, { password: 'short' })).status).toBe(400);
  });

  it('ADMIN_USERNAME / ADMIN_PASSWORD reset the administrator at start', async () => {
    await ensureAdmin(t.dataSource, { admin: { username: TEST_ADMIN.username, password: 'rotated-admin-password' } } as AuthConfig);
    expect((await login(TEST_ADMIN.username, TEST_ADMIN.password)).status).toBe(401);
    expect((await login(TEST_ADMIN.username, 'rotated-admin-password')).status).toBe(200);
    await ensureAdmin(t.dataSource, { admin: { username: 'second-admin', password: 'second-admin-password' } } as AuthConfig);
    const second = await login('second-admin', 'second-admin-password');
    expect(second.status).toBe(200);
    expect((await t.anonymous.withToken(second.body.accessToken).get('/api/auth/me')).body.user.role).toBe('admin');
    const resets = (await t.anonymous.withToken(second.body.accessToken).get('/api/audit-logs', { filter: { action: 'admin_reset' }, sort: ['id', 'ASC'] })).body;
    expect(resets.map((e: { actorName: string; after: { username: string } }) => [e.actorName, e.after.username])).toEqual([
      ['系统', TEST_ADMIN.username],
      ['系统', 'second-admin'],
    ]);
    // a restart with the same settings (every instance, every start) leaves the account as it is:
    // still signed in, the refresh token still good, nothing more in the audit trail
    await ensureAdmin(t.dataSource, { admin: { username: 'second-admin', password: 'second-admin-password' } } as AuthConfig);
    const stillSignedIn = t.anonymous.withToken(second.body.accessToken);
    expect((await stillSignedIn.get('/api/auth/me')).status).toBe(200);
    expect((await t.anonymous.post('/api/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(200);
    expect((await stillSignedIn.get('/api/audit-logs', { filter: { action: 'admin_reset' } })).body).toHaveLength(2);
  });

  it('keeps users unique, validates roles and protects the acting admin', async () => {
    expect((await t.api.post('/api/users', { username: 'SECRETARY', displayName: 'x', role: 'secretary', orgId: orgs.branch.id, password: USER_PASSWORD })).status).toBe(400);
    const noOrg = await t.api.post('/api/users', { username: 'staff2', displayName: 'x', role: 'staff', password: USER_PASSWORD });
    expect(noOrg.status).toBe(400);
    expect(noOrg.body.errors[0].field).toBe('orgId');
    // null is not "left out": the account is enabled or not (found by the fuzzer: a 500 from the database)
    const nullDisabled = await t.api.post('/api/users', { username: 'staff3', displayName: 'x', role: 'staff', orgId: orgs.branch.id, password: USER_PASSWORD, disabled: null });
    expect([nullDisabled.status, nullDisabled.body.errors?.[0]?.field]).toEqual([400, 'disabled']);
    const me = (await t.api.get('/api/auth/me')).body.user;
    const self = await t.api.put(`/api/users/${me.id}`, { displayName: 'x', role: 'admin', disabled: true, version: me.version });
    expect(self.status).toBe(400);
    expect((await t.api.get('/api/users')).body.every((u: Record<string, unknown>) => !('passwordHash' in u) && !('sessionVersion' in u))).toBe(true);
  });
});
