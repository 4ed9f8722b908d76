import { createMember, createOrgTree, meetingBody } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('meetings API', () => {
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

  const countMeetings = () => t.dataSource.query('SELECT COUNT(*) AS n FROM meetings').then((rows) => Number(rows[0].n));

  it('creates, reads, updates and deletes a meeting with attendance', async () => {
    const a = await createMember(t.api, orgs.branch.id, '甲');
    const b = await createMember(t.api, orgs.branch.id, '乙');
    const created = await t.api.post('/api/meetings', {
      ...meetingBody(orgs.branch.id, { session: '第五届第一次', format: 'video' }),
      attendance: [
        { memberId: a.id, status: 'present' },
        { memberId: b.id, status: 'leave', reason: '出差' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ orgId: orgs.branch.id, format: 'video', date: '2021-03-26', version: 1, session: '第五届第一次' });
    expect(created.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(created.body.attendance).toHaveLength(2);

    const read = await t.api.get(`/api/meetings/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.attendance.map((row: { memberId: number; status: string }) => [row.memberId, row.status]).sort()).toEqual(
      [[a.id, 'present'], [b.id, 'leave']].sort(),
    );

    const updated = await t.api.put(`/api/meetings/${created.body.id}`, {
      ...meetingBody(orgs.branch.id, { topic: '改后的主题', attendedCount: 10 }),
      attendance: [{ memberId: a.id, status: 'present' }],
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ topic: '改后的主题', attendedCount: 10, version: 2 });
    expect(updated.body.attendance).toHaveLength(1);

    const removed = await t.api.delete(`/api/meetings/${created.body.id}`);
    expect(removed.status).toBe(200);
    expect((await t.api.get(`/api/meetings/${created.body.id}`)).status).toBe(404);
    expect((await t.api.get('/api/meetings')).body).toEqual([]);

    // soft: an admin sees it among the deleted and restores it whole
    const deleted = await t.api.get('/api/meetings', { filter: { deleted: true } });
    expect(deleted.body.map((m: { id: number }) => m.id)).toEqual([created.body.id]);
    const restored = await t.api.post(`/api/meetings/${created.body.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ topic: '改后的主题', attendance: [expect.objectContaining({ memberId: a.id })] });
    expect((await t.api.get('/api/meetings', { filter: { deleted: true } })).body).toEqual([]);
    expect((await t.api.post(`/api/meetings/${created.body.id}/restore`)).status).toBe(404);
  });

  it('answers 409 to a stale version and keeps the stored record', async () => {
    const created = await t.api.post('/api/meetings', meetingBody(orgs.branch.id));
    const first = await t.api.put(`/api/meetings/${created.body.id}`, { ...meetingBody(orgs.branch.id, { topic: '第一次修改' }), version: 1 });
    expect(first.status).toBe(200);
    const stale = await t.api.put(`/api/meetings/${created.body.id}`, { ...meetingBody(orgs.branch.id, { topic: '过期的修改' }), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.errors[0]).toMatchObject({ field: 'version', code: 'stale' });
    const read = await t.api.get(`/api/meetings/${created.body.id}`);
    expect(read.body).toMatchObject({ topic: '第一次修改', version: 2 });
  });

  it('answers 404 for a missing meeting and 400 for a malformed id', async () => {
    expect((await t.api.get('/api/meetings/999999')).status).toBe(404);
    expect((await t.api.put('/api/meetings/999999', { ...meetingBody(orgs.branch.id), version: 1 })).status).toBe(404);
    expect((await t.api.delete('/api/meetings/999999')).status).toBe(404);
    const bad = await t.api.get('/api/meetings/abc');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('id');
  });

  describe('rejects bad input with field reasons and changes nothing', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['missing topic', { topic: undefined }, 'topic', 'isNotEmpty'],
      ['missing date', { date: undefined }, 'date', 'isNotEmpty'],
      ['impossible date', { date: '2021-02-30' }, 'date', 'isCalendarDate'],
      ['date with time', { date: '2021-03-26T10:00:00Z' }, 'date', 'isCalendarDate'],
      ['unknown category', { category: 'party_picnic' }, 'category', 'isIn'],
      ['unknown format', { format: 'telepathy' }, 'format', 'isIn'],
      ['count as string', { expectedCount: '10' }, 'expectedCount', 'isInt'],
      ['negative count', { attendedCount: -1 }, 'attendedCount', 'min'],
      ['attended above expected', { expectedCount: 5, attendedCount: 6 }, 'attendedCount', 'notGreaterThan'],
      ['topic too long', { topic: '长'.repeat(201) }, 'topic', 'maxLength'],
      ['topic as number', { topic: 42 }, 'topic', 'isString'],
      ['unknown body field', { secret: 'x' }, 'secret', 'whitelistValidation'],
      ['attendance not a list', { attendance: 'all' }, 'attendance', 'isArray'],
      ['attendance row without status', { attendance: [{ memberId: 1 }] }, 'attendance.0.status', 'isNotEmpty'],
    ];

    it.each(cases)('%s', async (_name, change, field, code) => {
      const response = await t.api.post('/api/meetings', meetingBody(orgs.branch.id, change));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      const reasons = response.body.errors.filter((e: { field: string }) => e.field === field);
      expect(reasons.length).toBeGreaterThan(0);
      expect(reasons.map((e: { code: string }) => e.code)).toContain(code);
      expect(reasons[0].message).toMatch(/[\u4e00-\u9fff]/);
      expect(await countMeetings()).toBe(0);
    });

    it('an org that does not exist', async () => {
      const response = await t.api.post('/api/meetings', meetingBody(987654));
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'orgId', code: 'not_found' });
      expect(await countMeetings()).toBe(0);
    });

    it('a member that does not exist, without writing the meeting', async () => {
      const member = await createMember(t.api, orgs.branch.id, '甲');
      const response = await t.api.post('/api/meetings', {
        ...meetingBody(orgs.branch.id),
        attendance: [
          { memberId: member.id, status: 'present' },
          { memberId: 987654, status: 'present' },
        ],
      });
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'attendance.1.memberId', code: 'not_found' });
      expect(await countMeetings()).toBe(0);
    });

    it('the same member twice', async () => {
      const member = await createMember(t.api, orgs.branch.id, '甲');
      const response = await t.api.post('/api/meetings', {
        ...meetingBody(orgs.branch.id),
        attendance: [
          { memberId: member.id, status: 'present' },
          { memberId: member.id, status: 'absent' },
        ],
      });
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'attendance.1.memberId', code: 'duplicate' });
    });

    it('a PUT without version, leaving the record as it was', async () => {
      const created = await t.api.post('/api/meetings', meetingBody(orgs.branch.id));
      const response = await t.api.put(`/api/meetings/${created.body.id}`, meetingBody(orgs.branch.id, { topic: '无版本号' }));
      expect(response.status).toBe(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('version');
      expect((await t.api.get(`/api/meetings/${created.body.id}`)).body.topic).toBe(meetingBody(0).topic);
    });

    it('a body that is not JSON', async () => {
      const response = await t.api.post('/api/meetings', '{"topic": ');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, errors: [] });
    });

    it('text with half a surrogate pair, named by its field (found by the fuzzer: a 500 on MariaDB, from the audit entry)', async () => {
      const response = await t.api.post('/api/meetings', JSON.stringify(meetingBody(orgs.branch.id, { topic: '学习' })).replace('学习', '学\\udfdc习'));
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'topic', code: 'invalid_text' });
    });

    it('a value nested a hundred thousand deep, named by its field (found by the fuzzer: validation ran out of stack)', async () => {
      const deep = JSON.stringify(meetingBody(orgs.branch.id, { topic: '<deep>' })).replace('"<deep>"', `${'['.repeat(100_000)}1${']'.repeat(100_000)}`);
      const response = await t.api.post('/api/meetings', deep);
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'topic', code: 'too_deep' });
    });
  });

  describe('list', () => {
    beforeEach(async () => {
      const rows = [
        meetingBody(orgs.branch.id, { category: 'branch_committee', format: 'video', date: '2021-01-12', topic: '研究换届工作方案' }),
        meetingBody(orgs.society.id, { category: 'member_congress', format: 'video', date: '2021-01-28', topic: '第五届第一次会员代表大会', session: '第五届第一次' }),
        meetingBody(orgs.group.id, { category: 'party_group', date: '2021-04-08', topic: '党小组学习', minutes: '讨论三聚焦三提升课题' }),
        meetingBody(orgs.branch.id, { category: 'party_lecture', date: '2021-06-24', topic: '百年党史中的初心使命' }),
        meetingBody(orgs.unitBranch.id, { category: 'branch_assembly', date: '2021-09-15', topic: '基层支部党员大会' }),
        meetingBody(orgs.branch.id, { category: 'theme_day', date: '2020-12-20', topic: '上年度主题党日 100%_完成' }),
      ];
      for (const row of rows) expect((await t.api.post('/api/meetings', row)).status).toBe(201);
    });

    const topics = (body: { topic: string }[]) => body.map((m) => m.topic);

    it('pages with Content-Range and X-Total-Count', async () => {
      const page = await t.api.get('/api/meetings', { sort: ['date', 'ASC'], range: [0, 1] });
      expect(page.status).toBe(200);
      expect(page.body).toHaveLength(2);
      expect(page.headers['content-range']).toBe('meetings 0-1/6');
      expect(page.headers['x-total-count']).toBe('6');
      expect(topics(page.body)).toEqual(['上年度主题党日 100%_完成', '研究换届工作方案']);
      const last = await t.api.get('/api/meetings', { sort: ['date', 'ASC'], range: [4, 9] });
      expect(last.headers['content-range']).toBe('meetings 4-5/6');
      const beyond = await t.api.get('/api/meetings', { range: [50, 59] });
      expect(beyond.body).toEqual([]);
      expect(beyond.headers['content-range']).toBe('meetings */6');
    });

    it('sorts by a declared field in either direction', async () => {
      const desc = await t.api.get('/api/meetings', { sort: ['date', 'DESC'] });
      expect(desc.body.map((m: { date: string }) => m.date)).toEqual([...desc.body.map((m: { date: string }) => m.date)].sort().reverse());
      const byTopic = await t.api.get('/api/meetings', { sort: ['topic', 'ASC'] });
      expect(byTopic.status).toBe(200);
    });

    it('filters by category, format, id list and date range', async () => {
      expect(topics((await t.api.get('/api/meetings', { filter: { category: 'party_lecture' } })).body)).toEqual(['百年党史中的初心使命']);
      const video = await t.api.get('/api/meetings', { filter: { format: 'video' }, sort: ['date', 'ASC'] });
      expect(topics(video.body)).toEqual(['研究换届工作方案', '第五届第一次会员代表大会']);
      const inList = await t.api.get('/api/meetings', { filter: { category: ['party_lecture', 'party_group'] } });
      expect(inList.body).toHaveLength(2);
      const ids = inList.body.map((m: { id: number }) => m.id);
      expect((await t.api.get('/api/meetings', { filter: { id: ids } })).body).toHaveLength(2);
      const range = await t.api.get('/api/meetings', { filter: { date_gte: '2021-01-01', date_lte: '2021-06-30' } });
      expect(range.headers['x-total-count']).toBe('4');
    });

    it('filters by org including its subtree', async () => {
      const branch = await t.api.get('/api/meetings', { filter: { orgId: orgs.branch.id } });
      expect(branch.headers['x-total-count']).toBe('4'); // branch's three + its group's one
      const society = await t.api.get('/api/meetings', { filter: { orgId: orgs.society.id } });
      expect(society.headers['x-total-count']).toBe('6');
      const unit = await t.api.get('/api/meetings', { filter: { orgId: orgs.unit.id } });
      expect(topics(unit.body)).toEqual(['基层支部党员大会']);
      const several = await t.api.get('/api/meetings', { filter: { orgId: [orgs.group.id, orgs.unit.id] } });
      expect(several.headers['x-total-count']).toBe('2');
      const unknown = await t.api.get('/api/meetings', { filter: { orgId: 987654 } });
      expect(unknown.body).toEqual([]);
    });

    it('searches topic and minutes with q, taking % and _ literally', async () => {
      expect(topics((await t.api.get('/api/meetings', { filter: { q: '换届' } })).body)).toEqual(['研究换届工作方案']);
      expect(topics((await t.api.get('/api/meetings', { filter: { q: '三聚焦' } })).body)).toEqual(['党小组学习']);
      expect(topics((await t.api.get('/api/meetings', { filter: { q: '100%_' } })).body)).toEqual(['上年度主题党日 100%_完成']);
      expect((await t.api.get('/api/meetings', { filter: { q: '%' } })).body).toHaveLength(1);
      const combined = await t.api.get('/api/meetings', { filter: { q: '党', orgId: orgs.branch.id, date_gte: '2021-01-01' } });
      expect(topics(combined.body).sort()).toEqual(['党小组学习', '百年党史中的初心使命'].sort());
    });

    describe('rejects a bad query with 400 and a reason', () => {
      const cases: [string, Record<string, string>, string][] = [
        ['unknown sort field', { sort: '["nope","ASC"]' }, 'sort'],
        ['sort by an undeclared column', { sort: '["minutes","ASC"]' }, 'sort'],
        ['bad sort order', { sort: '["date","SIDEWAYS"]' }, 'sort'],
        ['sort not JSON', { sort: 'date' }, 'sort'],
        ['malformed filter JSON', { filter: '{"q":' }, 'filter'],
        ['filter not an object', { filter: '[1,2]' }, 'filter'],
        ['unknown filter field', { filter: '{"password":"x"}' }, 'filter.password'],
        ['range on an enum', { filter: '{"category_gte":"a"}' }, 'filter.category_gte'],
        ['wrong filter type', { filter: '{"expectedCount":"ten"}' }, 'filter.expectedCount'],
        ['impossible filter date', { filter: '{"date_gte":"2021-13-01"}' }, 'filter.date_gte'],
        ['bad enum value', { filter: '{"category":"nope"}' }, 'filter.category'],
        ['bad org id', { filter: '{"orgId":"root"}' }, 'filter.orgId'],
        ['negative range', { range: '[-1,5]' }, 'range'],
        ['reversed range', { range: '[10,2]' }, 'range'],
        ['range not integers', { range: '["a","b"]' }, 'range'],
        ['range too large', { range: '[0,100000]' }, 'range'],
        ['unknown query parameter', { page: '2' }, 'page'],
      ];
      it.each(cases)('%s', async (_name, query, field) => {
        const response = await t.api.get('/api/meetings', query);
        expect(response.status).toBe(400);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
        expect(response.body.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
      });
    });
  });
});
