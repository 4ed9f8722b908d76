import { DevelopmentStage, dueState, PaperDimension, ServiceArea } from '@wb/contracts';
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

  it("tells the seed story of the society's own work: 160 papers (13 excellent), 19 科普 items in 5 aspects, 700+ posts, 60+ responses, 190+ writer contacts", async () => {
    const total = (response: { headers: Record<string, unknown> }) => Number(response.headers['x-total-count']);
    const in2021 = (field: string) => ({ [`${field}_gte`]: '2021-01-01', [`${field}_lte`]: '2021-12-31' });
    const figures = async (client: typeof t.api) => {
      const outreach = await client.get('/api/outreach-activities', { range: [0, 499], filter: in2021('date') });
      expect(total(outreach)).toBe(outreach.body.length);
      const activities = outreach.body as { items: number; aspect: string; venue: string }[];
      const dimensions: Record<string, number> = {};
      for (const dimension of PaperDimension.values) dimensions[dimension] = total(await client.get('/api/papers', { filter: { year: 2021, dimension } }));
      return {
        papers: total(await client.get('/api/papers', { filter: { year: 2021 } })),
        excellent: total(await client.get('/api/papers', { filter: { year: 2021, award: 'national_excellent' } })),
        dimensions,
        outreachItems: activities.reduce((sum, activity) => sum + activity.items, 0),
        aspects: new Set(activities.map((activity) => activity.aspect)).size,
        venues: new Set(activities.map((activity) => activity.venue)),
        posts: total(await client.get('/api/journal-posts', { filter: in2021('publishedDate') })),
        responses: total(await client.get('/api/journal-posts', { filter: { ...in2021('publishedDate'), kind: 'public_response' } })),
        contacts: total(await client.get('/api/writer-contacts', { filter: in2021('date') })),
      };
    };

    const seen = await figures(t.api);
    expect(seen).toMatchObject({ papers: 160, excellent: 13, outreachItems: 19, aspects: 5 });
    for (const dimension of PaperDimension.values) expect([dimension, seen.dimensions[dimension] > 0]).toEqual([dimension, true]);
    expect(Object.values(seen.dimensions).reduce((sum, n) => sum + n, 0)).toBe(160);
    for (const venue of ['teams', 'terminals', 'communities']) expect(seen.venues).toContain(venue);
    expect(seen.posts).toBeGreaterThan(700);
    expect(seen.responses).toBeGreaterThan(60);
    expect(seen.contacts).toBeGreaterThan(190);

    // 2020 is there to compare with, and smaller
    expect(total(await t.api.get('/api/papers', { filter: { year: 2020 } }))).toBeLessThan(160);
    expect(total(await t.api.get('/api/journal-posts', { filter: { publishedDate_lte: '2020-12-31' } }))).toBeLessThan(seen.posts);

    // the committees own their records, and the society's staff see (and keep) them all
    const committees = Object.fromEntries(
      await Promise.all(['学术工作委员会', '科普工作委员会', '期刊编辑委员会'].map(async (name) => [name, (await t.api.get('/api/orgs', { filter: { q: name } })).body[0].id])),
    );
    expect(total(await t.api.get('/api/papers', { filter: { orgId: committees['学术工作委员会'], year: 2021 } }))).toBe(160);
    expect(total(await t.api.get('/api/outreach-activities', { filter: { orgId: committees['科普工作委员会'], ...in2021('date') } }))).toBe(total(await t.api.get('/api/outreach-activities', { filter: in2021('date') })));
    expect(total(await t.api.get('/api/journal-posts', { filter: { orgId: committees['期刊编辑委员会'], ...in2021('publishedDate') } }))).toBe(seen.posts);
    expect(total(await t.api.get('/api/writer-contacts', { filter: { orgId: committees['期刊编辑委员会'], ...in2021('date') } }))).toBe(seen.contacts);
    const staff = await t.login('staff', 'demo-staff-2021');
    expect(await figures(staff)).toEqual(seen);

    // member authors are academic committee members; posts from a contact name that contact's writer
    const withMembers = (await t.api.get('/api/papers', { range: [0, 499], filter: { year: 2021 } })).body as { id: number }[];
    const details = await Promise.all(withMembers.map(({ id }) => t.api.get(`/api/papers/${id}`)));
    const memberAuthors = details.flatMap((detail) => detail.body.authorMemberIds as number[]);
    expect(memberAuthors.length).toBeGreaterThan(0);
    const academicMembers = new Set((await t.api.get('/api/members', { range: [0, 499], filter: { orgId: committees['学术工作委员会'] } })).body.map((m: { id: number }) => m.id));
    for (const id of memberAuthors) expect(academicMembers).toContain(id);
    const linked = await t.api.get('/api/journal-posts', { range: [0, 49], filter: { ...in2021('publishedDate'), writerContactId_gte: 1 } });
    expect(total(linked)).toBeGreaterThan(0);
    for (const post of linked.body as { author: string; writerContactId: number; publishedDate: string }[]) {
      const contact = (await t.api.get(`/api/writer-contacts/${post.writerContactId}`)).body;
      expect([contact.writer, contact.date <= post.publishedDate]).toEqual([post.author, true]);
    }
  });

  it('answers a sample of the society-work records in a form the API accepts back unchanged', async () => {
    for (const resource of ['papers', 'outreach-activities', 'journal-posts', 'writer-contacts']) {
      const list = (await t.api.get(`/api/${resource}`, { range: [0, 19] })).body as { id: number }[];
      expect([resource, list.length > 0]).toEqual([resource, true]);
      for (const { id } of list) {
        const record = (await t.api.get(`/api/${resource}/${id}`)).body;
        const saved = await t.api.put(`/api/${resource}/${id}`, record);
        expect([resource, id, saved.status, saved.body.errors ?? null]).toEqual([resource, id, 200, null]);
      }
    }
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
    const tables = [
      'orgs', 'users', 'members', 'meetings', 'meeting_attendance', 'recruitments', 'development_records', 'research_trips', 'deeds', 'deed_milestones', 'volunteer_services',
      'volunteer_service_members', 'papers', 'paper_authors', 'outreach_activities', 'journal_posts', 'writer_contacts',
    ];
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
