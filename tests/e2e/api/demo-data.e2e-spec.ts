import { DevelopmentStage, dueState, ServiceArea } from '@wb/contracts';
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

  it('tells the seed story of the party work: 13 trips, 11 deeds, the assault team, 21 talents, the pipeline', async () => {
    const total = (response: { headers: Record<string, unknown> }) => Number(response.headers['x-total-count']);
    const all = { range: [0, 499] };

    const trips = await t.api.get('/api/research-trips', { ...all, filter: { startDate_gte: '2021-01-01', startDate_lte: '2021-12-31' } });
    expect(total(trips)).toBe(13);
    expect(new Set(trips.body.map((trip: { serviceArea: string }) => trip.serviceArea))).toEqual(new Set(ServiceArea.values));
    expect(total(await t.api.get('/api/research-trips', { filter: { startDate_lte: '2020-12-31' } }))).toBeGreaterThan(0);

    const deeds = await t.api.get('/api/deeds', { ...all, filter: { plannedStart_gte: '2021-01-01', plannedStart_lte: '2021-12-31' } });
    expect(total(deeds)).toBe(11);
    const tripIds = new Set(trips.body.map((trip: { id: number }) => trip.id));
    const found = deeds.body.filter((deed: { sourceTripId: number | null }) => deed.sourceTripId !== null);
    expect(found.length).toBeGreaterThan(11 / 2);
    for (const deed of found) expect(tripIds).toContain(deed.sourceTripId);
    const completed = deeds.body.find((deed: { status: string }) => deed.status === 'completed');
    expect((await t.api.get(`/api/deeds/${completed.id}`)).body.milestones.length).toBeGreaterThan(0);

    const services = await t.api.get('/api/volunteer-services', { ...all, filter: { date_gte: '2021-01-01', date_lte: '2021-12-31' } });
    expect(total(services)).toBeGreaterThanOrEqual(3);
    for (const { id } of services.body) {
      const service = (await t.api.get(`/api/volunteer-services/${id}`)).body;
      expect(service.memberIds.length).toBeGreaterThan(0);
      expect(service.participants).toBeGreaterThanOrEqual(service.memberIds.length);
    }

    // 21 talents since the branch was founded: everything up to the end of 2021
    expect(total(await t.api.get('/api/recruitments', { filter: { date_lte: '2021-12-31' } }))).toBe(21);
    // the branch's own work: its secretary sees all 21, and the people behind them
    const secretary = await t.login('secretary', 'demo-secretary-2021');
    const recruited = await secretary.get('/api/recruitments', { ...all, filter: { date_lte: '2021-12-31' } });
    expect(total(recruited)).toBe(21);
    const people = await secretary.get('/api/members', { ...all, filter: { id: recruited.body.map((r: { memberId: number }) => r.memberId) } });
    expect(total(people)).toBe(21);
    // every person the branch's records name lies in the branch, as the API requires of what its secretary writes
    const developing = (await secretary.get('/api/development-records', all)).body.map((r: { memberId: number }) => r.memberId);
    const served = (await secretary.get('/api/volunteer-services', all)).body.map((r: { id: number }) => r.id);
    const serviceMembers = (await Promise.all(served.map((id: number) => secretary.get(`/api/volunteer-services/${id}`)))).flatMap((r) => r.body.memberIds);
    for (const id of [...developing, ...serviceMembers]) expect([id, (await secretary.get(`/api/members/${id}`)).status]).toEqual([id, 200]);

    for (const stage of DevelopmentStage.values) {
      const people = total(await t.api.get('/api/development-records', { filter: { stage } }));
      expect({ stage, present: people > 0 }).toEqual({ stage, present: true });
    }
    const records = (await t.api.get('/api/development-records', all)).body as { memberId: number; stage: string; dueDate: string | null }[];
    const states = records.map((record) => dueState(record.dueDate, '2021-12-31'));
    expect(states.filter((state) => state === 'overdue')).toHaveLength(1);
    expect(states.filter((state) => state === 'soon').length).toBeGreaterThanOrEqual(2);
    for (const record of records) expect((await t.api.get(`/api/members/${record.memberId}`)).body.politicalStatus).toBe(record.stage);
  });

  it('answers every party-work record in a form the API accepts back unchanged', async () => {
    for (const resource of ['recruitments', 'development-records', 'research-trips', 'deeds', 'volunteer-services']) {
      const list = (await t.api.get(`/api/${resource}`, { range: [0, 499] })).body as { id: number }[];
      expect([resource, list.length > 0]).toEqual([resource, true]);
      for (const { id } of list) {
        const record = (await t.api.get(`/api/${resource}/${id}`)).body;
        const saved = await t.api.put(`/api/${resource}/${id}`, record);
        expect([resource, id, saved.status, saved.body.errors ?? null]).toEqual([resource, id, 200, null]);
      }
    }
  });

  it('reloads over existing data without duplicating it', async () => {
    const tables = ['orgs', 'users', 'members', 'meetings', 'meeting_attendance', 'recruitments', 'development_records', 'research_trips', 'deeds', 'deed_milestones', 'volunteer_services', 'volunteer_service_members'];
    const counts = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(table)])));
    const before = await counts();
    await t.api.post('/api/meetings', {
      orgId: (await t.api.get('/api/orgs')).body[0].id, category: 'other', topic: '临时会议', date: '2021-05-05', format: 'in_person', expectedCount: 1, attendedCount: 1,
    });
    await reloadDemoData(t.dataSource);
    expect(await counts()).toEqual(before);
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
