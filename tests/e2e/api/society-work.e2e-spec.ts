import { ApiClient } from '../support/api-client';
import { createMember, createOrgTree, createUser, meetingBody, USER_PASSWORD } from '../support/fixtures';
import { describeRecordChecks, RecordCase } from '../support/record-checks';
import { startTestApp, TestApp } from '../support/test-app';

interface Context {
  orgs: Awaited<ReturnType<typeof createOrgTree>>;
  author: { id: number };
  foreignAuthor: { id: number };
  contact: { id: number };
  foreignContact: { id: number };
}

/** The society's work, kept by staff (their org is the society: its whole subtree). */
const CASES: RecordCase<Context>[] = [
  {
    resource: 'papers',
    valid: (ctx, n) => ({
      orgId: ctx.orgs.branch.id,
      title: `以高质量发展为导向优化零售终端布局的研究 ${n}`,
      authors: '马骏、陈晓梅',
      authorMemberIds: [ctx.author.id],
      authorUnit: '城区分公司',
      year: 2021,
      submittedDate: '2021-08-30',
      dimension: 'development',
      award: 'none',
    }),
    change: { award: 'national_excellent', dimension: 'capability' },
    invalid: [
      { why: 'an unknown dimension', body: () => ({ dimension: 'everything' }), field: 'dimension' },
      { why: 'an unknown award', body: () => ({ award: 'nobel' }), field: 'award' },
      { why: 'a year out of range', body: () => ({ year: 1899 }), field: 'year' },
      { why: 'no authors', body: () => ({ authors: '' }), field: 'authors' },
      { why: 'an author member of another branch', body: (ctx) => ({ authorMemberIds: [ctx.foreignAuthor.id] }), field: 'authorMemberIds.0' },
    ],
    filters: { match: () => ({ year: 2021, dimension: 'development', award: ['none', 'municipal'] }), except: () => ({ year: 2020 }) },
    search: '零售终端布局',
  },
  {
    resource: 'outreach-activities',
    valid: (ctx, n) => ({
      orgId: ctx.orgs.branch.id,
      title: `真假商品鉴别培训 ${n}`,
      date: '2021-05-18',
      venue: 'teams',
      aspect: '真假鉴别',
      items: 2,
      audience: 'staff',
      participants: 86,
      materials: '鉴别要点讲义',
    }),
    change: { items: 3, participants: 90 },
    invalid: [
      { why: 'no items', body: () => ({ items: 0 }), field: 'items' },
      { why: 'an unknown venue', body: () => ({ venue: 'moon' }), field: 'venue' },
      { why: 'an unknown audience', body: () => ({ audience: 'aliens' }), field: 'audience' },
      { why: 'no aspect', body: () => ({ aspect: '' }), field: 'aspect' },
    ],
    filters: { match: () => ({ venue: ['teams', 'terminals'], date_gte: '2021-05-01', items_gte: 2 }), except: () => ({ audience: 'students' }) },
    search: '鉴别',
  },
  {
    resource: 'writer-contacts',
    valid: (ctx, n) => ({ orgId: ctx.orgs.branch.id, date: '2021-03-09', writer: `基层撰稿人${n}`, unit: '郊县分公司', mode: 'online', topic: '交流稿件内容和写作技巧' }),
    change: { mode: 'offline', topic: '征集摄影作品' },
    invalid: [
      { why: 'an unknown mode', body: () => ({ mode: 'pigeon' }), field: 'mode' },
      { why: 'no writer', body: () => ({ writer: '' }), field: 'writer' },
      { why: 'a day that does not exist', body: () => ({ date: '2021-04-31' }), field: 'date' },
    ],
    filters: { match: () => ({ mode: 'online', date_lte: '2021-03-31' }), except: () => ({ mode: 'offline' }) },
    search: '写作技巧',
  },
  {
    resource: 'journal-posts',
    valid: (ctx, n) => ({
      orgId: ctx.orgs.branch.id,
      title: `一手抓防疫、一手抓经营 ${n}`,
      channel: 'internal_journal',
      issue: '2021年第3期',
      publishedDate: '2021-03-20',
      kind: 'article',
      author: '林芳',
      writerContactId: ctx.contact.id,
    }),
    change: { kind: 'public_response', channel: 'website' },
    invalid: [
      { why: 'an unknown channel', body: () => ({ channel: 'fax' }), field: 'channel' },
      { why: 'an unknown kind', body: () => ({ kind: 'rumour' }), field: 'kind' },
      { why: 'a writer contact of another branch', body: (ctx) => ({ writerContactId: ctx.foreignContact.id }), field: 'writerContactId' },
    ],
    filters: { match: (ctx) => ({ channel: 'internal_journal', kind: 'article', publishedDate_gte: '2021-01-01', writerContactId: ctx.contact.id }), except: () => ({ kind: 'public_response' }) },
    search: '防疫',
  },
];

describe('society work records', () => {
  let t: TestApp;
  let ctx: Context;
  let staff: ApiClient;
  let foreignSecretary: ApiClient;
  let leader: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    const orgs = await createOrgTree(t.api);
    await createUser(t.api, 'stf', 'staff', orgs.branch.id);
    await createUser(t.api, 'urban-sec', 'secretary', orgs.unitBranch.id);
    await createUser(t.api, 'lead', 'leader', null);
    staff = await t.login('stf', USER_PASSWORD);
    foreignSecretary = await t.login('urban-sec', USER_PASSWORD);
    leader = await t.login('lead', USER_PASSWORD);
    const contact = (orgId: number) =>
      t.api.post('/api/writer-contacts', { orgId, date: '2021-02-01', writer: '肖雨涵', unit: '城区分公司', mode: 'offline', topic: '约稿' }).then((r) => r.body);
    ctx = {
      orgs,
      author: await createMember(t.api, orgs.group.id, '陈晓梅'),
      foreignAuthor: await createMember(t.api, orgs.unitBranch.id, '梁燕'),
      contact: await contact(orgs.branch.id),
      foreignContact: await contact(orgs.unitBranch.id),
    };
  });
  afterAll(() => t.close());

  describeRecordChecks(() => ({ t, ctx, writer: staff, outsider: foreignSecretary, reader: leader, orgId: ctx.orgs.branch.id, foreignOrgId: ctx.orgs.unitBranch.id }), CASES);

  it('lets staff keep society work but not party work', async () => {
    expect((await staff.post('/api/meetings', meetingBody(ctx.orgs.branch.id))).status).toBe(403);
    expect((await staff.post('/api/research-trips', { orgId: ctx.orgs.branch.id, topic: 'x', startDate: '2021-01-01', endDate: '2021-01-01', destination: 'x', method: 'visit', serviceArea: 'society' })).status).toBe(403);
  });

  describe('papers', () => {
    const paper = (overrides: object = {}) => ({ ...CASES[0].valid(ctx, 0), title: '数字化转型背景下的物流配送效率研究', authorMemberIds: [], ...overrides });

    it('refuse the same title by the same first author in the same year (409 naming the first), whatever the co-authors', async () => {
      const first = await staff.post('/api/papers', paper());
      expect(first.status).toBe(201);
      expect(first.body.firstAuthor).toBe('马骏');
      const again = await staff.post('/api/papers', paper({ authors: '马骏、李强、周敏' }));
      expect(again.status).toBe(409);
      expect(again.body.message).toContain(String(first.body.id));
      expect(again.body.errors[0]).toMatchObject({ field: 'title', code: 'duplicate' });
      // another first author, another year: different papers
      expect((await staff.post('/api/papers', paper({ authors: '陈晓梅、马骏' }))).status).toBe(201);
      expect((await staff.post('/api/papers', paper({ year: 2022 }))).status).toBe(201);
      // and an edit of the first into the second's place is refused too, while saving it unchanged is not
      const second = (await staff.get('/api/papers', { filter: { firstAuthor: '陈晓梅', q: '数字化转型' } })).body[0];
      const read = (await staff.get(`/api/papers/${second.id}`)).body;
      expect((await staff.put(`/api/papers/${second.id}`, { ...read, authors: '马骏' })).status).toBe(409);
      expect((await staff.put(`/api/papers/${second.id}`, read)).status).toBe(200);
    });

    it('refuse to restore a deleted paper whose title, first author and year a live paper now has (409 naming the live one)', async () => {
      const body = paper({ title: '卷烟零售终端数字化服务能力提升研究' });
      const deleted = (await staff.post('/api/papers', body)).body;
      expect((await staff.delete(`/api/papers/${deleted.id}`)).status).toBe(200);
      const live = await staff.post('/api/papers', body);
      expect(live.status).toBe(201);
      const restore = await t.api.post(`/api/papers/${deleted.id}/restore`);
      expect(restore.status).toBe(409);
      expect(restore.body.message).toContain(`编号 ${live.body.id}`);
      expect(restore.body.errors[0]).toMatchObject({ field: 'title', code: 'duplicate' });
      // nothing came back: the deleted one is still deleted, and one paper is live
      expect((await staff.get(`/api/papers/${deleted.id}`)).status).toBe(404);
      const found = (await staff.get('/api/papers', { filter: { q: '卷烟零售终端数字化服务能力' } })).body.map((p: { id: number }) => p.id);
      expect(found).toEqual([live.body.id]);
    });

    it('refuse a first author longer than the 50 characters kept for the duplicate rule (found by the fuzzer: a 500 on MariaDB)', async () => {
      const response = await staff.post('/api/papers', paper({ authors: '长'.repeat(51) }));
      expect([response.status, response.body.errors?.[0]?.field]).toEqual([400, 'authors']);
      expect((await staff.post('/api/papers', paper({ authors: `${'长'.repeat(50)}、${'短'.repeat(60)}`, title: '五十字以内的第一作者' }))).status).toBe(201);
    });

    it('list a member\'s papers on their page', async () => {
      const created = (await staff.post('/api/papers', paper({ title: '党建引领学术工作的实践探索', authorMemberIds: [ctx.author.id] }))).body;
      expect(created.authorMemberIds).toEqual([ctx.author.id]);
      const mine = (await staff.get('/api/papers', { filter: { authorMemberId: ctx.author.id } })).body.map((p: { id: number }) => p.id);
      expect(mine).toContain(created.id);
    });
  });

  it('suggests the 科普 aspects already in use, most used first, within the scope', async () => {
    const activity = (aspect: string, orgId = ctx.orgs.branch.id) =>
      t.api.post('/api/outreach-activities', { ...CASES[1].valid(ctx, 0), orgId, aspect });
    await activity('信用体系');
    for (let i = 0; i < 3; i++) await activity('诚信经营');
    await activity('外支部的方面', ctx.orgs.unitBranch.id);
    const aspects = (await staff.get('/api/outreach-activities/aspects')).body as string[];
    expect(aspects).toEqual(expect.arrayContaining(['诚信经营', '信用体系']));
    expect(aspects.indexOf('诚信经营')).toBeLessThan(aspects.indexOf('信用体系'));
    expect(aspects).not.toContain('外支部的方面');
  });

  it('shows what a grassroots writer published: by them, or from a contact with them', async () => {
    const contact = (await staff.post('/api/writer-contacts', { orgId: ctx.orgs.branch.id, date: '2021-06-01', writer: '方建军', mode: 'offline', topic: '约稿' })).body;
    const post = (fields: object) => staff.post('/api/journal-posts', { ...CASES[3].valid(ctx, 0), writerContactId: null, author: null, ...fields }).then((r) => r.body);
    const fromContact = await post({ title: '基层一线的抗疫故事', writerContactId: contact.id });
    const byName = await post({ title: '分拣车间的一天', author: '方建军' });
    await post({ title: '别人的稿件', author: '林芳' });
    const published = (await staff.get('/api/journal-posts', { filter: { writer: '方建军' } })).body.map((p: { id: number }) => p.id).sort();
    expect(published).toEqual([fromContact.id, byName.id].sort());
    expect(Number((await staff.get('/api/writer-contacts', { filter: { writer: '方建军' } })).headers['x-total-count'])).toBe(1);
  });
});
