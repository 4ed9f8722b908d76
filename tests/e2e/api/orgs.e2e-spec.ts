import { createOrgTree, createUser, meetingBody, USER_PASSWORD } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('orgs API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('keeps a materialised path for each org', async () => {
    const { society, branch, group } = await createOrgTree(t.api);
    expect(society.path).toBe(`/${society.id}/`);
    expect(branch.path).toBe(`/${society.id}/${branch.id}/`);
    expect(group.path).toBe(`/${society.id}/${branch.id}/${group.id}/`);
  });

  it('lists a subtree with the orgId filter, in tree order by default', async () => {
    const { branch, group, unit } = await createOrgTree(t.api);
    const subtree = await t.api.get('/api/orgs', { filter: { orgId: branch.id } });
    expect(subtree.body.map((o: { id: number }) => o.id)).toEqual([branch.id, group.id]);
    const all = await t.api.get('/api/orgs');
    expect(all.headers['x-total-count']).toBe('5');
    expect((await t.api.get('/api/orgs', { filter: { type: 'unit' } })).body.map((o: { id: number }) => o.id)).toEqual([unit.id]);
  });

  it('moves an org with its subtree and refuses a cycle', async () => {
    const { society, branch, group, unit } = await createOrgTree(t.api);
    const moved = await t.api.put(`/api/orgs/${branch.id}`, { name: '学会党支部', type: 'party_branch', parentId: unit.id, version: branch.version });
    expect(moved.status).toBe(200);
    expect(moved.body.path).toBe(`/${society.id}/${unit.id}/${branch.id}/`);
    const child = await t.api.get(`/api/orgs/${group.id}`);
    expect(child.body.path).toBe(`/${society.id}/${unit.id}/${branch.id}/${group.id}/`);

    const cycle = await t.api.put(`/api/orgs/${unit.id}`, { name: '城区分公司', type: 'unit', parentId: group.id, version: (await t.api.get(`/api/orgs/${unit.id}`)).body.version });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors[0]).toMatchObject({ field: 'parentId', code: 'cycle' });
    expect((await t.api.get(`/api/orgs/${unit.id}`)).body.parentId).toBe(society.id);
  });

  it('resolves org filters and scopes from its copy of the tree, read again after every create and move', async () => {
    const { society, branch, group, unit, unitBranch } = await createOrgTree(t.api);
    const meeting = (await t.api.post('/api/meetings', meetingBody(group.id))).body;
    await createUser(t.api, 'unit-secretary', 'secretary', unit.id);
    const secretary = await t.login('unit-secretary', USER_PASSWORD);
    const ids = (response: { body: { id: number }[] }) => response.body.map((row) => row.id).sort((x, y) => x - y);
    expect(ids(await t.api.get('/api/meetings', { filter: { orgId: branch.id } }))).toEqual([meeting.id]);
    // the tree is kept: another list by org reads no org
    const statements = await t.queriesOf(() => t.api.get('/api/meetings', { filter: { orgId: branch.id } }));
    expect(statements.some((sql) => /FROM [`"]?meetings/.test(sql))).toBe(true);
    expect(statements.filter((sql) => /FROM [`"]?orgs\b/.test(sql))).toEqual([]);
    expect(ids(await secretary.get('/api/meetings'))).toEqual([]);

    const moved = await t.api.put(`/api/orgs/${branch.id}`, { name: '学会党支部', type: 'party_branch', parentId: unit.id, version: branch.version });
    expect(moved.status).toBe(200);
    expect(ids(await secretary.get('/api/meetings'))).toEqual([meeting.id]);
    expect(ids(await t.api.get('/api/meetings', { filter: { orgId: unit.id } }))).toEqual([meeting.id]);
    expect(ids(await t.api.get('/api/meetings', { filter: { orgId: society.id } }))).toEqual([meeting.id]);
    expect(ids(await t.api.get('/api/meetings', { filter: { orgId: unitBranch.id } }))).toEqual([]);

    const newGroup = (await t.api.post('/api/orgs', { name: '第二党小组', type: 'party_group', parentId: unitBranch.id })).body;
    const second = (await t.api.post('/api/meetings', meetingBody(newGroup.id))).body;
    expect(ids(await secretary.get('/api/meetings'))).toEqual([meeting.id, second.id].sort((x, y) => x - y));
    expect(ids(await t.api.get('/api/meetings', { filter: { orgId: unitBranch.id } }))).toEqual([second.id]);
  });

  it('records a move in the audit trail and rewrites the whole subtree in one UPDATE, whatever its size', async () => {
    const { society, branch, group, unit, unitBranch } = await createOrgTree(t.api);
    for (const name of ['第二党小组', '第三党小组']) expect((await t.api.post('/api/orgs', { name, type: 'party_group', parentId: branch.id })).status).toBe(201);
    const move = async (org: { id: number }, parentId: number) => {
      const current = (await t.api.get(`/api/orgs/${org.id}`)).body;
      let status = 0;
      const queries = await t.queriesOf(async () => {
        status = (await t.api.put(`/api/orgs/${org.id}`, { name: current.name, type: current.type, parentId, version: current.version })).status;
      });
      expect(status).toBe(200);
      return queries;
    };
    const orgUpdates = (queries: string[]) => queries.filter((sql) => /^UPDATE [`"]?orgs[`"]?\s/i.test(sql.trim()));

    const leafMove = await move(unitBranch, branch.id);
    const versionsBefore = new Map(((await t.api.get('/api/orgs', { filter: { orgId: branch.id } })).body as { id: number; version: number }[]).map((o) => [o.id, o.version]));
    const subtreeMove = await move(branch, unit.id);
    // the moved org's version moves on once; the orgs below it only change their path and keep theirs
    const versionsAfter = new Map(((await t.api.get('/api/orgs', { filter: { orgId: branch.id } })).body as { id: number; version: number }[]).map((o) => [o.id, o.version]));
    expect(versionsAfter.size).toBe(5);
    for (const [id, version] of versionsAfter) expect([id, version]).toEqual([id, versionsBefore.get(id)! + (id === branch.id ? 1 : 0)]);
    const groupEdit = await t.api.put(`/api/orgs/${group.id}`, { name: '第一党小组（改名）', type: 'party_group', parentId: branch.id, version: versionsBefore.get(group.id) });
    expect(groupEdit.status).toBe(200);
    expect(groupEdit.body.path).toBe(`/${society.id}/${unit.id}/${branch.id}/${group.id}/`);
    // the record's own UPDATE, then one for the paths of the org and everything below it
    expect(orgUpdates(leafMove)).toHaveLength(2);
    expect(orgUpdates(subtreeMove)).toHaveLength(2);
    expect(subtreeMove.length).toBe(leafMove.length);
    const paths = (await t.api.get('/api/orgs', { filter: { orgId: branch.id } })).body.map((o: { path: string }) => o.path);
    expect(paths).toHaveLength(5);
    for (const path of paths) expect(path.startsWith(`/${society.id}/${unit.id}/${branch.id}/`)).toBe(true);
    expect(paths).toContain(`/${society.id}/${unit.id}/${branch.id}/${group.id}/`);

    const log = await t.api.get('/api/audit-logs', { filter: { resource: 'orgs', recordId: branch.id, action: 'move' } });
    expect(log.body).toHaveLength(1);
    expect(log.body[0]).toMatchObject({
      action: 'move',
      before: { parentId: society.id, path: `/${society.id}/${branch.id}/` },
      // below the branch: its three groups and the party branch moved under it first
      after: { parentId: unit.id, path: `/${society.id}/${unit.id}/${branch.id}/`, subtreeOrgs: 4 },
    });
    const leafLog = await t.api.get('/api/audit-logs', { filter: { resource: 'orgs', recordId: unitBranch.id, action: 'move' } });
    expect(leafLog.body.map((e: { before: unknown; after: unknown }) => [e.before, e.after])).toEqual([
      [
        { parentId: unit.id, path: `/${society.id}/${unit.id}/${unitBranch.id}/` },
        { parentId: branch.id, path: `/${society.id}/${branch.id}/${unitBranch.id}/`, subtreeOrgs: 0 },
      ],
    ]);
  });

  it('refuses to delete an org that still has children or records', async () => {
    const { society, group } = await createOrgTree(t.api);
    const withChildren = await t.api.delete(`/api/orgs/${society.id}`);
    expect(withChildren.status).toBe(409);
    expect(withChildren.body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.stringify(withChildren.body)).not.toMatch(/FOREIGN|constraint|SQL/i);

    expect((await t.api.post('/api/meetings', meetingBody(group.id))).status).toBe(201);
    expect((await t.api.delete(`/api/orgs/${group.id}`)).status).toBe(409);
    expect((await t.api.get(`/api/orgs/${group.id}`)).status).toBe(200);
  });

  it('validates the body', async () => {
    const response = await t.api.post('/api/orgs', { name: '', type: 'club', parentId: 'x' });
    expect(response.status).toBe(400);
    expect([...new Set(response.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['name', 'parentId', 'type']);
    const missingParent = await t.api.post('/api/orgs', { name: '孤儿', type: 'unit', parentId: 987654 });
    expect(missingParent.status).toBe(400);
    expect(missingParent.body.errors[0].field).toBe('parentId');
  });
});
