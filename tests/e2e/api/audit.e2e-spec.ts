import { createMember, createOrgTree, createUser, meetingBody, USER_PASSWORD } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('audit trail', () => {
  let t: TestApp;
  let orgs: Awaited<ReturnType<typeof createOrgTree>>;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    orgs = await createOrgTree(t.api);
  });

  const entries = async (recordId: number) =>
    (await t.api.get('/api/audit-logs', { filter: { resource: 'meetings', recordId }, sort: ['id', 'ASC'] })).body as {
      action: string;
      actorName: string;
      actorId: number;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      at: string;
    }[];
  /** Entries about records' content (sign-ins are entries too, of another kind). */
  const auditCount = async () =>
    Number((await t.dataSource.query("SELECT COUNT(*) AS n FROM audit_logs WHERE action IN ('create', 'update', 'delete', 'restore')"))[0].n);

  it('writes one entry per create, update, delete and restore, with before and after', async () => {
    await createUser(t.api, 'sec', 'secretary', orgs.branch.id);
    const secretary = await t.login('sec', USER_PASSWORD);
    const member = await createMember(t.api, orgs.branch.id, '甲');
    const created = (await secretary.post('/api/meetings', { ...meetingBody(orgs.branch.id), attendance: [{ memberId: member.id, status: 'present' }] })).body;
    await secretary.put(`/api/meetings/${created.id}`, { ...meetingBody(orgs.branch.id, { topic: '新主题' }), version: created.version });
    await secretary.delete(`/api/meetings/${created.id}`);
    await t.api.post(`/api/meetings/${created.id}/restore`);

    const log = await entries(created.id);
    expect(log.map((e) => e.action)).toEqual(['create', 'update', 'delete', 'restore']);
    const [create, update, remove, restore] = log;
    expect(create).toMatchObject({ actorName: 'sec', before: null, after: expect.objectContaining({ topic: meetingBody(0).topic, version: 1 }) });
    expect(create.after!.attendance).toEqual([expect.objectContaining({ memberId: member.id, status: 'present' })]);
    expect(update.before).toMatchObject({ topic: meetingBody(0).topic, version: 1 });
    expect(update.after).toMatchObject({ topic: '新主题', version: 2 });
    expect(remove).toMatchObject({ after: null, before: expect.objectContaining({ topic: '新主题' }) });
    expect(restore).toMatchObject({ before: null, after: expect.objectContaining({ topic: '新主题' }) });
    expect(new Date(create.at).getTime()).toBeLessThanOrEqual(new Date(restore.at).getTime());

    const history = await secretary.get(`/api/meetings/${created.id}/history`);
    expect(history.body.map((e: { action: string }) => e.action)).toEqual(['restore', 'delete', 'update', 'create']);
  });

  it('writes nothing when the change fails', async () => {
    const created = (await t.api.post('/api/meetings', meetingBody(orgs.branch.id))).body;
    const count = await auditCount();
    expect((await t.api.post('/api/meetings', meetingBody(orgs.branch.id, { date: '2021-02-30' }))).status).toBe(400);
    expect((await t.api.post('/api/meetings', { ...meetingBody(orgs.branch.id), attendance: [{ memberId: 999999, status: 'present' }] })).status).toBe(400);
    expect((await t.api.put(`/api/meetings/${created.id}`, { ...meetingBody(orgs.branch.id), version: created.version + 5 })).status).toBe(409);
    expect((await t.api.delete(`/api/orgs/${orgs.society.id}`)).status).toBe(409);
    await createUser(t.api, 'leader', 'leader', null);
    const countAfterUser = await auditCount();
    const leader = await t.login('leader', USER_PASSWORD);
    expect((await leader.delete(`/api/meetings/${created.id}`)).status).toBe(403);
    expect(await auditCount()).toBe(countAfterUser);
    expect(countAfterUser).toBe(count + 1);
  });

  it('rolls the change back when the audit entry cannot be written', async () => {
    await t.dataSource.query('ALTER TABLE audit_logs RENAME TO audit_logs_away');
    try {
      const response = await t.api.post('/api/meetings', meetingBody(orgs.branch.id, { topic: '没有日志就没有记录' }));
      expect(response.status).toBe(500);
      expect(JSON.stringify(response.body)).not.toMatch(/audit_logs|SQL|sqlite|mysql/i);
      const rows = await t.dataSource.query("SELECT COUNT(*) AS n FROM meetings WHERE topic = '没有日志就没有记录'");
      expect(Number(rows[0].n)).toBe(0);
    } finally {
      await t.dataSource.query('ALTER TABLE audit_logs_away RENAME TO audit_logs');
    }
  });

  it('keeps secrets out of user entries and filters by actor, resource, record and date', async () => {
    const user = await createUser(t.api, 'someone', 'staff', orgs.society.id);
    await t.api.post(`/api/users/${user.id}/password`, { password: 'another-password' });
    const log = (await t.api.get('/api/audit-logs', { filter: { resource: 'users', recordId: user.id }, sort: ['id', 'ASC'] })).body;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    expect(JSON.stringify(log)).not.toMatch(/argon2|passwordHash|sessionVersion/);
    expect(log[1].after.passwordReset).toBe(true);

    const me = (await t.api.get('/api/auth/me')).body.user;
    const mine = await t.api.get('/api/audit-logs', { filter: { actorId: me.id } });
    expect(Number(mine.headers['x-total-count'])).toBeGreaterThanOrEqual(7);
    const today = new Date().toISOString().slice(0, 10);
    expect((await t.api.get('/api/audit-logs', { filter: { at_gte: today } })).body.length).toBeGreaterThan(0);
    expect((await t.api.get('/api/audit-logs', { filter: { at_lte: '2000-01-01' } })).body).toEqual([]);
    expect((await t.api.get('/api/audit-logs', { filter: { action: 'restore' } })).body).toEqual([]);
    const one = await t.api.get(`/api/audit-logs/${log[0].id}`);
    expect(one.body).toMatchObject({ resource: 'users', action: 'create' });
  });
});
