import sharp from 'sharp';
import { TOKEN_KEY } from '../../../../apps/api/src/auth/auth.service';
import { User } from '../../../../apps/api/src/users/user.entity';
import { createMember, createOrgTree, createUser, USER_PASSWORD } from '../fixtures';
import { TestApp } from '../test-app';
import { badAuthorizations } from './bad-tokens';
import { brokenSheetOf } from './bad-files';
import { Operation } from './openapi-operations';
import { Prng } from './prng';
import { FuzzWorld } from './request-generator';
import { plausibleObject } from './schema-values';

/** Resources whose records the fixtures make themselves (accounts, the tree) or that are no records. */
const NOT_CREATED_FROM_SCHEMA = ['orgs', 'users', 'members', 'auth', 'reports'];

/**
 * A small world to fuzz: the org tree, one user per role, and one record of every resource of
 * the document (made from its create schema, as the fuzzer's plausible bodies are), a file
 * attached to a meeting and a finalised report — so that requests can name things that exist.
 */
export async function buildFuzzWorld(t: TestApp, operations: Operation[]): Promise<FuzzWorld> {
  const orgs = await createOrgTree(t.api);
  const member = await createMember(t.api, orgs.branch.id, '张三');
  await createUser(t.api, 'fuzz-secretary', 'secretary', orgs.branch.id);
  await createUser(t.api, 'fuzz-staff', 'staff', orgs.society.id);
  await createUser(t.api, 'fuzz-leader', 'leader', null);
  // The account the fuzzer may edit, disable or delete: never one it signs in as.
  const target = await createUser(t.api, 'fuzz-target', 'secretary', orgs.unitBranch.id);
  const ids: Record<string, number> = { orgs: orgs.branch.id, members: member.id, users: target.id };

  const prng = new Prng(1);
  const creates = operations.filter((op) => op.method === 'POST' && op.body.kind === 'json' && /^\/api\/[\w-]+$/.test(op.path));
  // Some records refer to others (a deed to a trip, a post to a writer contact): a few passes.
  for (let pass = 0; pass < 3; pass++) {
    for (const op of creates) {
      const resource = op.path.split('/')[2];
      if (NOT_CREATED_FROM_SCHEMA.includes(resource) || ids[resource] !== undefined || op.body.kind !== 'json') continue;
      const response = await t.api.post(op.path, plausibleObject(op.body.schema, ids, prng));
      if (response.status === 201) ids[resource] = response.body.id;
      else if (pass === 2) throw new Error(`fuzz world: ${op.path} refused a plausible body: ${response.status} ${JSON.stringify(response.body)}`);
    }
  }

  const png = await sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 200, g: 30, b: 30 } } }).png().toBuffer();
  const jpeg = await sharp(png).jpeg().toBuffer();
  const attached = await t.api.uploadFiles(`/api/meetings/${ids.meetings}/attachments`, 'files', [{ name: 'photo.png', content: png }]);
  if (attached.status !== 201) throw new Error(`fuzz world: attachment ${attached.status} ${JSON.stringify(attached.body)}`);
  ids.attachments = attached.body[0].id;
  const snapshot = await t.api.post('/api/reports/snapshots', { year: 2021, orgId: orgs.society.id });
  if (snapshot.status !== 201) throw new Error(`fuzz world: snapshot ${snapshot.status} ${JSON.stringify(snapshot.body)}`);
  ids.snapshots = snapshot.body.id;
  ids['audit-logs'] = (await t.api.get('/api/audit-logs', { range: [0, 0] })).body[0].id;

  const template = await t.api.get('/api/meetings/import-template');
  const xlsx = template.raw;

  const tokens = {
    admin: bearerOf(t.api),
    secretary: bearerOf(await t.login('fuzz-secretary', USER_PASSWORD)),
    staff: bearerOf(await t.login('fuzz-staff', USER_PASSWORD)),
    leader: bearerOf(await t.login('fuzz-leader', USER_PASSWORD)),
  };
  const admin = await t.dataSource.getRepository(User).findOneByOrFail({ username: 'admin' });
  const secret = t.app.get<string>(TOKEN_KEY, { strict: false });

  return {
    tokens,
    badAuthorizations: badAuthorizations(secret, tokens.admin, admin.id, admin.sessionVersion),
    ids,
    samples: { xlsx, png, jpeg, brokenSheetXlsx: await brokenSheetOf(xlsx) },
  };
}

/** The access token an ApiClient sends (it keeps it private; its requests carry it). */
function bearerOf(client: unknown): string {
  return (client as { token: string }).token;
}
