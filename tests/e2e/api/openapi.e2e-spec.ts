import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

const bin = (name: string) => join(__dirname, '../../../node_modules/.bin', name);

/** `/api/docs-json` as a client generator reads it: a valid document that yields a typed client. */
describe('OpenAPI document', () => {
  let t: TestApp;
  let document: Record<string, any>;
  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.anonymous.get('/api/docs-json')).body;
  });
  afterAll(() => t.close());

  it('passes a standard OpenAPI validator (@apidevtools/swagger-parser)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wb-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const run = spawnSync(process.execPath, [join(__dirname, '../support/validate-openapi.cjs'), file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('names every referenced schema and types nullable text as text', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.filter((ref) => ref.endsWith('/schemas/"'))).toEqual([]);
    expect(document.components.schemas.CreateMeetingDto.properties.attendance.items).toEqual({ $ref: '#/components/schemas/AttendanceDto' });
    expect(document.components.schemas.CreateMeetingDto.properties.host).toMatchObject({ type: 'string', nullable: true });
  });

  it('documents the list parameters and the paging headers', () => {
    const list = document.paths['/api/meetings'].get;
    expect(list.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['filter', 'range', 'sort']);
    expect(Object.keys(list.responses['200'].headers)).toEqual(['Content-Range', 'X-Total-Count']);
    expect(list.responses['200'].content['application/json'].schema).toEqual({ type: 'array', items: { $ref: '#/components/schemas/UpdateMeetingDto' } });
    const one = document.paths['/api/meetings/{id}'].get;
    expect(one.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);
  });

  it('shows server-kept fields as read-only', () => {
    const schema = document.components.schemas.UpdateMeetingDto;
    for (const field of ['id', 'createdAt', 'updatedAt', 'createdBy']) expect([field, schema.properties[field].readOnly]).toEqual([field, true]);
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'topic']));
  });

  it('generates a typed client that compiles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-openapi-'));
    writeFileSync(join(dir, 'openapi.json'), JSON.stringify(document));
    execFileSync(bin('openapi-typescript'), [join(dir, 'openapi.json'), '-o', join(dir, 'schema.d.ts')], { stdio: 'pipe' });
    writeFileSync(
      join(dir, 'client.ts'),
      [
        "import type { components, paths } from './schema';",
        "type Meeting = components['schemas']['UpdateMeetingDto'];",
        "type ListQuery = paths['/api/meetings']['get']['parameters']['query'];",
        "export const query: ListQuery = { sort: '[\"date\",\"DESC\"]', range: '[0,24]', filter: '{}' };",
        "export const meeting: Pick<Meeting, 'topic' | 'category' | 'version'> = { topic: '学习', category: 'branch_assembly', version: 1 };",
        "// @ts-expect-error: not a meeting category",
        "export const wrong: Meeting['category'] = 'party_picnic';",
      ].join('\n'),
    );
    execFileSync(bin('tsc'), ['--noEmit', '--strict', '--target', 'es2022', '--moduleResolution', 'node', join(dir, 'client.ts')], { stdio: 'pipe' });
  });
});
