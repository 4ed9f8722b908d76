import { ApiClient } from '../support/api-client';
import { createMember, createOrgTree, createUser, meetingBody, USER_PASSWORD } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

/** What every resource gets from CrudService, crudController and the field decorators. */
describe('the shared record pattern', () => {
  let t: TestApp;
  let orgs: Awaited<ReturnType<typeof createOrgTree>>;
  let secretary: ApiClient;
  let leader: ApiClient;
  let staff: ApiClient;
  let memberA: { id: number };
  let memberB: { id: number };

  beforeAll(async () => {
    t = await startTestApp();
    orgs = await createOrgTree(t.api);
    await createUser(t.api, 'sec', 'secretary', orgs.branch.id);
    await createUser(t.api, 'lead', 'leader', null);
    await createUser(t.api, 'stf', 'staff', orgs.society.id);
    secretary = await t.login('sec', USER_PASSWORD);
    leader = await t.login('lead', USER_PASSWORD);
    staff = await t.login('stf', USER_PASSWORD);
    memberA = await createMember(t.api, orgs.branch.id, '甲');
    memberB = await createMember(t.api, orgs.group.id, '乙');
  });
  afterAll(() => t.close());

  const newMeeting = async (client: ApiClient = secretary) => {
    const response = await client.post('/api/meetings', {
      ...meetingBody(orgs.branch.id, { expectedCount: 2, attendedCount: 1, minutes: '长长的会议记录'.repeat(100) }),
      attendance: [
        { memberId: memberA.id, status: 'present' },
        { memberId: memberB.id, status: 'leave', reason: '出差' },
      ],
    });
    expect(response.status).toBe(201);
    return response.body;
  };

  describe('a record as read can be sent back with PUT', () => {
    it('for a meeting with attendance: server-kept fields and child rows\' ids are accepted and ignored', async () => {
      const read = (await secretary.get(`/api/meetings/${(await newMeeting()).id}`)).body;
      expect(read.attendance[0]).toEqual({ id: expect.any(Number), memberId: memberA.id, status: 'present', reason: null });
      // a script that adds the parent key to child rows is not refused either
      const attendance = read.attendance.map((row: object) => ({ ...row, meetingId: read.id }));
      const saved = await secretary.put(`/api/meetings/${read.id}`, { ...read, attendance, topic: '改后的主题', createdBy: 999, createdAt: '2000-01-01T00:00:00.000Z' });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ topic: '改后的主题', version: read.version + 1, createdBy: read.createdBy, createdAt: read.createdAt });
      // unchanged attendance is left as it was, rows and ids alike
      expect(saved.body.attendance).toEqual(read.attendance);
    });

    it('for members, orgs and users as well', async () => {
      for (const [resource, id, change] of [
        ['members', memberA.id, { unit: '学会秘书处' }],
        ['orgs', orgs.group.id, { name: '第一党小组（改）' }],
        ['users', (await t.api.get('/api/users', { filter: { q: 'sec' } })).body[0].id, { displayName: '书记' }],
      ] as const) {
        const read = (await t.api.get(`/api/${resource}/${id}`)).body;
        const saved = await t.api.put(`/api/${resource}/${id}`, { ...read, ...change });
        expect([resource, saved.status]).toEqual([resource, 200]);
        expect(saved.body).toMatchObject({ ...change, version: read.version + 1 });
      }
    });

    it('ignores a stored path sent back altered, but refuses an id other than the address\'s and unknown fields', async () => {
      const org = (await t.api.get(`/api/orgs/${orgs.unit.id}`)).body;
      const moved = await t.api.put(`/api/orgs/${org.id}`, { ...org, path: '/999/' });
      expect(moved.status).toBe(200);
      expect(moved.body.path).toBe(org.path);

      const read = (await secretary.get(`/api/meetings/${(await newMeeting()).id}`)).body;
      const otherId = await secretary.put(`/api/meetings/${read.id}`, { ...read, id: read.id + 1 });
      expect(otherId.status).toBe(400);
      expect(otherId.body.errors).toEqual([expect.objectContaining({ field: 'id', code: 'mismatch' })]);
      const unknown = await secretary.put(`/api/meetings/${read.id}`, { ...read, colour: 'red' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'colour', code: 'whitelistValidation' })]);
      const unknownInRow = await secretary.put(`/api/meetings/${read.id}`, { ...read, attendance: [{ ...read.attendance[0], seat: 3 }] });
      expect(unknownInRow.status).toBe(400);
      expect(unknownInRow.body.errors[0].field).toBe('attendance.0.seat');
      expect((await secretary.get(`/api/meetings/${read.id}`)).body).toEqual(read);
    });
  });

  describe('strict input', () => {
    it.each(['1e0', '0x1', '%201', '01', '+1', '1.0', '2147483648'])('refuses the id %s (400), never reading record 1', async (raw) => {
      const response = await t.api.get(`/api/meetings/${raw}`);
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ field: 'id', code: 'invalid_id' });
    });

    it('treats inherited property names as unknown fields, with a reason', async () => {
      for (const filter of [{ constructor: 'x' }, { toString_gte: 1 }]) {
        const response = await t.api.get('/api/meetings', { filter });
        expect(response.status).toBe(400);
        expect(response.body.errors[0]).toMatchObject({ code: 'unknown_field', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
      }
      expect((await t.api.get('/api/meetings', { sort: ['constructor', 'ASC'] })).status).toBe(400);
    });
  });

  describe('the base class', () => {
    it('restores a record without an org (an account)', async () => {
      const leaderAccount = (await t.api.get('/api/users', { filter: { q: 'lead' } })).body[0];
      expect(leaderAccount.orgId).toBeNull();
      expect((await t.api.delete(`/api/users/${leaderAccount.id}`)).status).toBe(200);
      const restored = await t.api.post(`/api/users/${leaderAccount.id}/restore`);
      expect(restored.status).toBe(200);
      leader = await t.login('lead', USER_PASSWORD);
    });

    it('keeps a deleted record\'s history readable for admins', async () => {
      const meeting = await newMeeting();
      expect((await secretary.delete(`/api/meetings/${meeting.id}`)).status).toBe(200);
      const history = await t.api.get(`/api/meetings/${meeting.id}/history`);
      expect(history.status).toBe(200);
      expect(history.body.map((entry: { action: string }) => entry.action)).toEqual(['delete', 'create']);
      expect((await secretary.get(`/api/meetings/${meeting.id}/history`)).status).toBe(404);
    });

    it('lists without long texts, which the record itself carries', async () => {
      const meeting = await newMeeting();
      const row = (await secretary.get('/api/meetings', { filter: { id: meeting.id } })).body[0];
      expect(row).toMatchObject({ id: meeting.id, topic: meeting.topic });
      expect(row).not.toHaveProperty('minutes');
      expect((await secretary.get(`/api/meetings/${meeting.id}`)).body.minutes).toBe(meeting.minutes);
      expect((await secretary.get('/api/meetings', { filter: { q: '长长的会议记录' } })).body.map((m: { id: number }) => m.id)).toContain(meeting.id);
    });
  });

  describe('phone numbers', () => {
    let member: { id: number };
    beforeAll(async () => {
      member = (await t.api.post('/api/members', { orgId: orgs.branch.id, name: '手机号', gender: 'male', politicalStatus: 'full', phone: '13912345678' })).body;
      await t.api.put(`/api/members/${member.id}`, { ...(await t.api.get(`/api/members/${member.id}`)).body, phone: '13800001111' });
    });

    it('are read in full by admins and the member\'s branch secretary, masked for leaders and staff', async () => {
      expect((await t.api.get(`/api/members/${member.id}`)).body.phone).toBe('13800001111');
      expect((await secretary.get(`/api/members/${member.id}`)).body.phone).toBe('13800001111');
      expect((await leader.get(`/api/members/${member.id}`)).body.phone).toBe('138****1111');
      expect((await staff.get(`/api/members/${member.id}`)).body.phone).toBe('138****1111');
    });

    it('are masked in every list, for everyone', async () => {
      for (const client of [t.api, secretary, leader]) {
        const rows = (await client.get('/api/members', { filter: { id: member.id } })).body;
        expect(rows[0].phone).toBe('138****1111');
      }
    });

    it('are masked in history and the audit log by the same rule', async () => {
      const leaderHistory = (await leader.get(`/api/members/${member.id}/history`)).body;
      expect(JSON.stringify(leaderHistory)).not.toMatch(/13912345678|13800001111/);
      expect(leaderHistory[0].before.phone).toBe('139****5678');
      const leaderLog = (await leader.get('/api/audit-logs', { filter: { resource: 'members', recordId: member.id } })).body;
      expect(leaderLog.length).toBe(2);
      expect(JSON.stringify(leaderLog)).not.toMatch(/13912345678|13800001111/);
      expect(JSON.stringify((await leader.get(`/api/audit-logs/${leaderLog[0].id}`)).body)).not.toMatch(/13912345678|13800001111/);
      expect((await t.api.get(`/api/members/${member.id}/history`)).body[0].after.phone).toBe('13800001111');
      expect((await secretary.get(`/api/members/${member.id}/history`)).body[0].after.phone).toBe('13800001111');
    });

    it('cannot be overwritten with a masked one', async () => {
      const read = (await t.api.get(`/api/members/${member.id}`)).body;
      const masked = await t.api.put(`/api/members/${member.id}`, { ...read, phone: '138****1111' });
      expect(masked.status).toBe(400);
      expect(masked.body.errors[0].field).toBe('phone');
    });
  });

  describe('queries per request', () => {
    it('reads with 2 statements, lists with 3 (the org tree comes from the instance\'s copy), writes with at most 6', async () => {
      const meeting = await newMeeting();
      const read = (await secretary.get(`/api/meetings/${meeting.id}`)).body;
      // the instance reads the org tree once after each change to it, then keeps it
      await secretary.get('/api/meetings');
      const counts = {
        read: (await t.queriesOf(() => secretary.get(`/api/meetings/${meeting.id}`))).length,
        // the session check (with the org tree's version), then the page (with its files counted)
        // and its count side by side; the scope and an orgId filter come from the kept org tree
        list: (await t.queriesOf(() => secretary.get('/api/meetings'))).length,
        fullPage: (await t.queriesOf(() => secretary.get('/api/meetings', { range: [0, 0] }))).length,
        fullPageBySubtree: (await t.queriesOf(() => secretary.get('/api/meetings', { range: [0, 0], filter: { orgId: orgs.branch.id, category: 'branch_assembly' } }))).length,
        update: (await t.queriesOf(() => secretary.put(`/api/meetings/${meeting.id}`, { ...read, topic: '只改主题' }))).length,
        create: (await t.queriesOf(() => secretary.post('/api/meetings', meetingBody(orgs.branch.id)))).length,
        remove: (await t.queriesOf(() => secretary.delete(`/api/meetings/${meeting.id}`))).length,
      };
      // a create and a delete also move the meeting's count for the annual report; an edit of the topic does not
      expect(counts).toEqual({ read: 2, list: 3, fullPage: 3, fullPageBySubtree: 3, update: 5, create: 6, remove: 5 });
    });

    it('looks up only the attendees a change adds', async () => {
      const meeting = (await secretary.get(`/api/meetings/${(await newMeeting()).id}`)).body;
      const memberC = await createMember(t.api, orgs.branch.id, '丙');
      const queries = await t.queriesOf(() =>
        secretary.put(`/api/meetings/${meeting.id}`, { ...meeting, attendance: [...meeting.attendance, { memberId: memberC.id, status: 'absent' }] }),
      );
      // user, record, new attendee, update, old rows out, new rows in, read back, audit
      expect(queries.length).toBe(8);
      expect(queries.filter((sql) => /FROM [`"]?members/.test(sql))).toHaveLength(1);
    });
  });
});
