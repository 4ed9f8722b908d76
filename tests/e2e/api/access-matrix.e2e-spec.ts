import { ATTACHABLE } from '@wb/contracts';
import { createMember, createOrgTree, createUser, meetingBody, USER_PASSWORD } from '../support/fixtures';
import { listRoutes, RouteInfo } from '../support/routes';
import { ApiClient } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

type Who = 'admin' | 'secretary' | 'staff' | 'leader';
const ALL: Who[] = ['admin', 'secretary', 'staff', 'leader'];
const PUBLIC = 'public' as const;

/** The routes of a record resource, given who may read it and who may write it. */
function recordRoutes(resource: string, read: Who[], write: Who[], importable = true): Record<string, Who[]> {
  return {
    ...(ATTACHABLE.includes(resource) ? { [`GET /api/${resource}/:id/attachments`]: read, [`POST /api/${resource}/:id/attachments`]: write } : {}),
    [`GET /api/${resource}`]: read,
    [`GET /api/${resource}/export`]: read,
    ...(importable ? { [`GET /api/${resource}/import-template`]: write, [`POST /api/${resource}/import`]: write } : {}),
    [`GET /api/${resource}/:id`]: read,
    [`GET /api/${resource}/:id/history`]: read,
    [`POST /api/${resource}`]: write,
    [`PUT /api/${resource}/:id`]: write,
    [`DELETE /api/${resource}/:id`]: write,
    [`POST /api/${resource}/:id/restore`]: ['admin'],
  };
}

/**
 * Who may call each route — written out here, independently of the policy table the API uses,
 * so a wrong policy fails this test, and so does a route added later without an entry.
 */
const EXPECTED: Record<string, Who[] | typeof PUBLIC> = {
  'GET /api/health': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/refresh': PUBLIC,
  'POST /api/auth/logout': PUBLIC,
  'GET /api/auth/demo-accounts': PUBLIC,
  'GET /api/auth/me': ALL,
  ...recordRoutes('meetings', ALL, ['admin', 'secretary']),
  ...recordRoutes('members', ALL, ['admin', 'secretary']),
  ...recordRoutes('recruitments', ALL, ['admin', 'secretary']),
  ...recordRoutes('development-records', ALL, ['admin', 'secretary']),
  ...recordRoutes('research-trips', ALL, ['admin', 'secretary']),
  ...recordRoutes('deeds', ALL, ['admin', 'secretary']),
  ...recordRoutes('volunteer-services', ALL, ['admin', 'secretary']),
  ...recordRoutes('papers', ALL, ['admin', 'secretary', 'staff']),
  ...recordRoutes('outreach-activities', ALL, ['admin', 'secretary', 'staff']),
  'GET /api/outreach-activities/aspects': ALL,
  ...recordRoutes('journal-posts', ALL, ['admin', 'secretary', 'staff']),
  ...recordRoutes('writer-contacts', ALL, ['admin', 'secretary', 'staff']),
  ...recordRoutes('orgs', ALL, ['admin'], false),
  ...recordRoutes('users', ['admin'], ['admin'], false),
  'POST /api/users/:id/password': ['admin'],
  'GET /api/members/:id/summary': ALL,
  'GET /api/audit-logs': ['admin', 'leader'],
  'GET /api/audit-logs/export': ['admin', 'leader'],
  'GET /api/audit-logs/:id': ['admin', 'leader'],
  'GET /api/reports/years': ALL,
  'GET /api/reports/annual': ALL,
  'GET /api/reports/annual/summary': ALL,
  'PUT /api/reports/annual/summary': ['admin', 'secretary', 'leader'],
  'GET /api/reports/annual/checks': ALL,
  'GET /api/reports/annual/docx': ALL,
  'GET /api/reports/annual/xlsx': ALL,
  'GET /api/reports/annual/photos': ALL,
  'GET /api/reports/snapshots': ALL,
  'POST /api/reports/snapshots': ['admin', 'leader'],
  'GET /api/reports/snapshots/:id': ALL,
  'GET /api/reports/snapshots/:id/docx': ALL,
  'GET /api/reports/compliance-rules': ALL,
  'PUT /api/reports/compliance-rules': ['admin'],
  // the outer bound; each file then follows its record (attachments.e2e-spec)
  'GET /api/attachments/:id/content': ALL,
  'GET /api/attachments/:id/thumbnail': ALL,
  'PUT /api/attachments/:id': ['admin', 'secretary', 'staff'],
  'DELETE /api/attachments/:id': ['admin', 'secretary', 'staff'],
  'POST /api/attachments/:id/restore': ['admin'],
};

describe('role × route matrix', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  const clients = {} as Record<Who, ApiClient>;
  let ids: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp();
    routes = listRoutes(t.app);
    const orgs = await createOrgTree(t.api);
    const member = await createMember(t.api, orgs.branch.id, '甲');
    const meeting = (await t.api.post('/api/meetings', meetingBody(orgs.branch.id))).body;
    const target = await createUser(t.api, 'target-user', 'secretary', orgs.branch.id);
    await createUser(t.api, 'secretary', 'secretary', orgs.branch.id);
    await createUser(t.api, 'staff', 'staff', orgs.society.id);
    await createUser(t.api, 'leader', 'leader', null);
    clients.admin = t.api;
    for (const who of ['secretary', 'staff', 'leader'] as const) clients[who] = await t.login(who, USER_PASSWORD);
    const audit = (await t.api.get('/api/audit-logs', { range: [0, 0] })).body[0];
    ids = { meetings: meeting.id, members: member.id, orgs: orgs.group.id, users: target.id, 'audit-logs': audit.id };
  });
  afterAll(() => t.close());

  it('knows every route the application has', () => {
    const actual = routes.map((r) => `${r.method} ${r.path}`);
    expect(actual.filter((route) => !(route in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((route) => !actual.includes(route))).toEqual([]);
    expect(actual.length).toBeGreaterThanOrEqual(30);
  });

  const send = (client: ApiClient, route: RouteInfo) => {
    const resource = route.path.split('/')[2];
    const url = route.path.replace(':id', String(ids[resource] ?? 1));
    return client.request(route.method as 'GET', url, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
  };

  it('refuses every non-public route without a token (401), and a tampered one', async () => {
    const tampered = t.anonymous.withToken('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjEsInN2IjoxfQ.forged');
    for (const route of routes) {
      if (EXPECTED[`${route.method} ${route.path}`] === PUBLIC) continue;
      expect([`${route.method} ${route.path}`, (await send(t.anonymous, route)).status]).toEqual([`${route.method} ${route.path}`, 401]);
      expect([`${route.method} ${route.path}`, (await send(tampered, route)).status]).toEqual([`${route.method} ${route.path}`, 401]);
    }
  });

  it('lets each role through exactly the routes it may use (others: 403)', async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    // Writes last, so that a delete does not change what a later read sees.
    const ordered = [...routes].sort((a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'));
    for (const route of ordered) {
      const key = `${route.method} ${route.path}`;
      const allowed = EXPECTED[key];
      if (allowed === PUBLIC) continue;
      for (const who of ALL) {
        const status = (await send(clients[who], route)).status;
        outcomes.push(`${key} ${who} ${status === 403 ? 'deny' : status === 401 ? 'unauthenticated' : 'allow'}`);
        expected.push(`${key} ${who} ${allowed.includes(who) ? 'allow' : 'deny'}`);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});
