import { loadDemoDataIfEmpty, reloadDemoData } from '../../../apps/api/src/database/demo/load-demo-data';
import { startTestApp, TestApp } from '../support/test-app';

describe('demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async (table: string) => Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  it('fills an empty database once, and a second load changes nothing', async () => {
    await t.reset();
    expect(await loadDemoDataIfEmpty(t.dataSource)).toBe(true);
    const meetings = await count('meetings');
    expect(await loadDemoDataIfEmpty(t.dataSource)).toBe(false);
    expect(await count('meetings')).toBe(meetings);
  });

  it('tells the seed story: the change of term held by video in 2021', async () => {
    const congress = await t.api.get('/api/meetings', { filter: { category: 'member_congress', date_gte: '2021-01-01', date_lte: '2021-12-31' } });
    expect(congress.body).toEqual([expect.objectContaining({ session: '第五届第一次', format: 'video' })]);
    const council = await t.api.get('/api/meetings', { filter: { category: 'council', q: '第五届理事会第一次会议' } });
    expect(council.body[0]).toMatchObject({ format: 'video' });
    const videoCommittee = await t.api.get('/api/meetings', { filter: { category: 'branch_committee', format: 'video', date_gte: '2021-01-01' } });
    expect(videoCommittee.body.length).toBeGreaterThanOrEqual(1);

    const branch = (await t.api.get('/api/orgs', { filter: { q: '学会党支部' } })).body[0];
    const lectures = await t.api.get('/api/meetings', { filter: { orgId: branch.id, category: 'party_lecture', date_gte: '2021-01-01', date_lte: '2021-12-31' } });
    expect(lectures.headers['x-total-count']).toBe('4');
    const themeDays = await t.api.get('/api/meetings', { filter: { orgId: branch.id, category: 'theme_day', date_gte: '2021-01-01', date_lte: '2021-12-31' } });
    expect(themeDays.headers['x-total-count']).toBe('12');
    const prior = await t.api.get('/api/meetings', { filter: { date_lte: '2020-12-31' } });
    expect(Number(prior.headers['x-total-count'])).toBeGreaterThan(0);

    const types = new Set((await t.api.get('/api/orgs', { range: [0, 99] })).body.map((o: { type: string }) => o.type));
    expect([...types].sort()).toEqual(['committee', 'council', 'party_branch', 'party_group', 'society', 'unit']);
  });

  it('reloads over existing data without duplicating it', async () => {
    const before = { orgs: await count('orgs'), users: await count('users'), members: await count('members'), meetings: await count('meetings'), attendance: await count('meeting_attendance') };
    await t.api.post('/api/meetings', {
      orgId: (await t.api.get('/api/orgs')).body[0].id, category: 'other', topic: '临时会议', date: '2021-05-05', format: 'in_person', expectedCount: 1, attendedCount: 1,
    });
    await reloadDemoData(t.dataSource);
    expect({ orgs: await count('orgs'), users: await count('users'), members: await count('members'), meetings: await count('meetings'), attendance: await count('meeting_attendance') }).toEqual(before);
  });

  it('offers the demo accounts that still work while DEMO_DATA is on, and none when it is off', async () => {
    expect((await t.anonymous.get('/api/auth/demo-accounts')).body).toEqual([]);
    const demo = await startTestApp({ demoData: true });
    try {
      const accounts = (await demo.anonymous.get('/api/auth/demo-accounts')).body;
      // ADMIN_USERNAME=admin reset the demo administrator's password at start: it is no longer offered
      expect(accounts.map((a: { username: string }) => a.username)).toEqual(['secretary', 'staff', 'leader', 'urban-secretary']);
      expect(accounts[0]).toEqual({ username: 'secretary', password: 'demo-secretary-2021', role: 'secretary', displayName: expect.any(String), org: '学会党支部' });
      for (const { username, password } of accounts) expect((await demo.anonymous.post('/api/auth/login', { username, password })).status).toBe(200);
      const staff = (await demo.api.get('/api/users', { filter: { q: 'staff' } })).body[0];
      await demo.api.post(`/api/users/${staff.id}/password`, { password: 'a-new-private-password' });
      expect((await demo.anonymous.get('/api/auth/demo-accounts')).body.map((a: { username: string }) => a.username)).not.toContain('staff');
    } finally {
      await demo.close();
    }
  });
});
