import { ApiClient } from './api-client';

/** A small tree: society → branch → group, and a unit with its own branch. */
export async function createOrgTree(api: ApiClient) {
  const create = async (name: string, type: string, parentId?: number) => {
    const response = await api.post('/api/orgs', { name, type, parentId });
    if (response.status !== 201) throw new Error(`org ${name}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: number; path: string; version: number };
  };
  const society = await create('市行业学会', 'society');
  const branch = await create('学会党支部', 'party_branch', society.id);
  const group = await create('第一党小组', 'party_group', branch.id);
  const unit = await create('城区分公司', 'unit', society.id);
  const unitBranch = await create('城区分公司党支部', 'party_branch', unit.id);
  return { society, branch, group, unit, unitBranch };
}

export async function createMember(api: ApiClient, orgId: number, name: string) {
  const response = await api.post('/api/members', { orgId, name, gender: 'female', politicalStatus: 'full', phone: '13912345678' });
  if (response.status !== 201) throw new Error(`member ${name}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: number };
}

export function meetingBody(orgId: number, overrides: Record<string, unknown> = {}) {
  return {
    orgId,
    category: 'branch_assembly',
    topic: '支部党员大会：学习党史',
    date: '2021-03-26',
    format: 'in_person',
    host: '刘泽',
    recorder: '王静',
    expectedCount: 10,
    attendedCount: 9,
    minutes: '集体学习，交流体会。',
    ...overrides,
  };
}

export const USER_PASSWORD = 'e2e-user-password';

/** Creates an account through the API (as admin) and returns it. */
export async function createUser(api: ApiClient, username: string, role: string, orgId: number | null) {
  const response = await api.post('/api/users', { username, displayName: username, role, orgId, password: USER_PASSWORD });
  if (response.status !== 201) throw new Error(`user ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: number; version: number };
}
