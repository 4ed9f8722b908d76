import { ApiClient } from '../support/api-client';
import { createMember, createOrgTree, createUser, meetingBody, USER_PASSWORD } from '../support/fixtures';
import { listRoutes } from '../support/routes';
import { startTestApp, TestApp } from '../support/test-app';

/** Two branches: a secretary of one can neither read nor change the other's records through any route. */
describe('branch scoping', () => {
  let t: TestApp;
  let orgs: Awaited<ReturnType<typeof createOrgTree>>;
  let secretary: ApiClient;
  let staff: ApiClient;
  let leader: ApiClient;
  let own: { id: number; version: number };
  let foreign: { id: number; version: number; topic: string };
  let foreignMember: { id: number };

  beforeAll(async () => {
    t = await startTestApp();
    orgs = await createOrgTree(t.api);
    await createUser(t.api, 'branch-secretary', 'secretary', orgs.branch.id);
    await createUser(t.api, 'unit-staff', 'staff', orgs.unitBranch.id);
    await createUser(t.api, 'leader', 'leader', null);
    secretary = await t.login('branch-secretary', USER_PASSWORD);
    staff = await t.login('unit-staff', USER_PASSWORD);
    leader = await t.login('leader', USER_PASSWORD);
    own = (await t.api.post('/api/meetings', meetingBody(orgs.group.id, { topic: '本支部党小组会' }))).body;
    foreign = (await t.api.post('/api/meetings', meetingBody(orgs.unitBranch.id, { topic: '其他支部的会议' }))).body;
    foreignMember = await createMember(t.api, orgs.unitBranch.id, '外支部人员');
  });
  afterAll(() => t.close());

  const stored = () => t.api.get(`/api/meetings/${foreign.id}`).then((r) => r.body);

  it('lists only the own subtree, whatever the filter asks for', async () => {
    const mine = await secretary.get('/api/meetings');
    expect(mine.body.map((m: { topic: string }) => m.topic)).toEqual(['本支部党小组会']);
    const sneaky = await secretary.get('/api/meetings', { filter: { orgId: orgs.unitBranch.id } });
    expect(sneaky.body).toEqual([]);
    const byId = await secretary.get('/api/meetings', { filter: { id: [own.id, foreign.id] } });
    expect(byId.body.map((m: { id: number }) => m.id)).toEqual([own.id]);
    expect((await secretary.get('/api/members')).body.map((m: { name: string }) => m.name)).not.toContain('外支部人员');
    const orgIds = (await secretary.get('/api/orgs')).body.map((o: { id: number }) => o.id).sort();
    expect(orgIds).toEqual([orgs.branch.id, orgs.group.id].sort());
  });

  it('refuses reads of another branch: record, history, member, org (403)', async () => {
    expect((await secretary.get(`/api/meetings/${foreign.id}`)).status).toBe(403);
    expect((await secretary.get(`/api/meetings/${foreign.id}/history`)).status).toBe(403);
    expect((await secretary.get(`/api/members/${foreignMember.id}`)).status).toBe(403);
    expect((await secretary.get(`/api/orgs/${orgs.unitBranch.id}`)).status).toBe(403);
    expect((await secretary.get(`/api/meetings/${own.id}`)).status).toBe(200);
  });

  it('refuses writes to another branch and leaves the record unchanged', async () => {
    const before = await stored();
    const put = await secretary.put(`/api/meetings/${foreign.id}`, { ...meetingBody(orgs.unitBranch.id, { topic: '篡改' }), version: foreign.version });
    expect(put.status).toBe(403);
    expect((await secretary.delete(`/api/meetings/${foreign.id}`)).status).toBe(403);
    expect(await stored()).toEqual(before);
  });

  it('refuses an orgId outside the scope in a body, on create and on update, as if it did not exist', async () => {
    const count = async () => (await t.api.get('/api/meetings')).headers['x-total-count'];
    const total = await count();
    const create = await secretary.post('/api/meetings', meetingBody(orgs.unitBranch.id, { topic: '放到别的支部' }));
    const unknown = await secretary.post('/api/meetings', meetingBody(999999, { topic: '放到不存在的组织' }));
    expect(create.status).toBe(400);
    expect(create.body.errors).toEqual([{ field: 'orgId', code: 'not_found', message: '所属组织不存在或不在您的组织范围内' }]);
    expect(unknown.body).toEqual(create.body);
    expect(await count()).toBe(total);

    const current = (await t.api.get(`/api/meetings/${own.id}`)).body;
    const move = await secretary.put(`/api/meetings/${own.id}`, { ...meetingBody(orgs.unitBranch.id, { topic: current.topic }), version: current.version });
    expect(move.status).toBe(400);
    expect((await t.api.get(`/api/meetings/${own.id}`)).body).toMatchObject({ orgId: orgs.group.id, version: current.version });
  });

  it('refuses a reference to another branch\'s member exactly like an unknown one, and writes nothing', async () => {
    const total = (await t.api.get('/api/meetings')).headers['x-total-count'];
    const ownMember = await createMember(t.api, orgs.group.id, '本支部人员');
    const attend = (memberId: number) =>
      secretary.post('/api/meetings', meetingBody(orgs.branch.id, { attendance: [{ memberId: ownMember.id, status: 'present' }, { memberId, status: 'present' }] }));
    const foreignAnswer = await attend(foreignMember.id);
    const unknownAnswer = await attend(999999);
    expect(foreignAnswer.status).toBe(400);
    expect(foreignAnswer.body.errors).toEqual([{ field: 'attendance.1.memberId', code: 'not_found', message: '人员不存在或不在您的组织范围内' }]);
    expect(unknownAnswer.body).toEqual(foreignAnswer.body);
    expect((await t.api.get('/api/meetings')).headers['x-total-count']).toBe(total);

    // on update too, while the attendees the record already holds stay acceptable
    const meeting = (await secretary.post('/api/meetings', meetingBody(orgs.branch.id, { attendance: [{ memberId: ownMember.id, status: 'present' }] }))).body;
    const withForeign = { ...meeting, attendance: [...meeting.attendance, { memberId: foreignMember.id, status: 'absent' }] };
    expect((await secretary.put(`/api/meetings/${meeting.id}`, withForeign)).status).toBe(400);
    expect((await secretary.get(`/api/meetings/${meeting.id}`)).body.attendance).toHaveLength(1);
    // an admin may list anyone: the check is the actor's scope, not the record's
    expect((await t.api.put(`/api/meetings/${meeting.id}`, withForeign)).status).toBe(200);
    const stored = (await secretary.get(`/api/meetings/${meeting.id}`)).body;
    expect((await secretary.put(`/api/meetings/${meeting.id}`, { ...stored, topic: '改了主题' })).status).toBe(200);
  });

  it('answers 403 on every route that names another branch\'s record, and changes nothing', async () => {
    const foreignIds: Record<string, number> = { meetings: foreign.id, members: foreignMember.id, orgs: orgs.unitBranch.id };
    const snapshot = async () => Promise.all(Object.entries(foreignIds).map(([resource, id]) => t.api.get(`/api/${resource}/${id}`).then((r) => r.body)));
    const before = await snapshot();
    const routes = listRoutes(t.app).filter((route) => route.path.includes(':id') && route.path.split('/')[2] in foreignIds);
    expect(routes.length).toBe(18); // meetings carry GET and POST /:id/attachments
    for (const route of routes) {
      const resource = route.path.split('/')[2];
      // valid bodies (placing the record inside the secretary's own branch), so only scope can refuse them
      const bodies: Record<string, object> = {
        meetings: { ...meetingBody(orgs.branch.id), version: 1 },
        members: { orgId: orgs.branch.id, name: '改名', gender: 'male', politicalStatus: 'full', version: 1 },
        orgs: { name: '改名', type: 'party_branch', parentId: orgs.branch.id, version: 1 },
      };
      const body = route.method === 'PUT' ? bodies[resource] : undefined;
      const response = await secretary.request(route.method as 'GET', route.path.replace(':id', String(foreignIds[resource])), body);
      expect([`${route.method} ${route.path}`, response.status]).toEqual([`${route.method} ${route.path}`, 403]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('lets a secretary write within the subtree', async () => {
    const created = await secretary.post('/api/meetings', meetingBody(orgs.branch.id, { topic: '支部自己的会' }));
    expect(created.status).toBe(201);
    expect(created.body.createdBy).toEqual(expect.any(Number));
    expect((await secretary.delete(`/api/meetings/${created.body.id}`)).status).toBe(200);
    expect((await secretary.get('/api/meetings', { filter: { deleted: true } })).status).toBe(403);
    expect((await secretary.post(`/api/meetings/${created.body.id}/restore`)).status).toBe(403);
  });

  it('staff read their subtree but write no party-work records', async () => {
    expect((await staff.get('/api/meetings')).body.map((m: { topic: string }) => m.topic)).toEqual(['其他支部的会议']);
    expect((await staff.post('/api/meetings', meetingBody(orgs.unitBranch.id))).status).toBe(403);
    const before = await stored();
    expect((await staff.put(`/api/meetings/${foreign.id}`, { ...meetingBody(orgs.unitBranch.id), version: before.version })).status).toBe(403);
    expect(await stored()).toEqual(before);
  });

  it('leaders read every branch and write nothing', async () => {
    expect(Number((await leader.get('/api/meetings')).headers['x-total-count'])).toBeGreaterThanOrEqual(2);
    expect((await leader.get(`/api/meetings/${foreign.id}`)).status).toBe(200);
    expect((await leader.post('/api/meetings', meetingBody(orgs.branch.id))).status).toBe(403);
    expect((await leader.delete(`/api/meetings/${foreign.id}`)).status).toBe(403);
    expect((await leader.get('/api/audit-logs')).status).toBe(200);
    expect((await leader.get('/api/users')).status).toBe(403);
  });
});
