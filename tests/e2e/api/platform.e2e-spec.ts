import { gunzipSync, gzipSync } from 'node:zlib';
import { createOrgTree, meetingBody } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health with a database ping', async () => {
    const response = await t.api.get('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the OpenAPI document and its UI', async () => {
    const json = await t.api.get('/api/docs-json');
    expect(json.status).toBe(200);
    expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/api/meetings', '/api/meetings/{id}', '/api/orgs', '/api/health']));
    expect(json.body.components.schemas.CreateMeetingDto.properties.category.enum).toContain('branch_assembly');
    const ui = await t.api.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
  });

  it('exposes Content-Range and X-Total-Count to configured origins', async () => {
    const response = await t.api.get('/api/meetings', {}, { origin: 'http://localhost:5173' });
    expect(response.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(String(response.headers['access-control-expose-headers'])).toMatch(/Content-Range.*X-Total-Count/);
    const stranger = await t.api.get('/api/meetings', {}, { origin: 'http://evil.example' });
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('compresses large JSON for clients that accept it, and only for them', async () => {
    const plain = await t.api.get('/api/docs-json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gzipped = await t.api.get('/api/docs-json', {}, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.raw.length).toBeLessThan(plain.raw.length / 4);
    expect(JSON.parse(gunzipSync(gzipped.raw).toString('utf8'))).toEqual(plain.body);
  });

  it('does not unpack a compressed request body (it could unpack past the body limit)', async () => {
    const { branch } = await createOrgTree(t.api);
    const before = (await t.api.get('/api/meetings')).headers['x-total-count'];
    // a body that would be valid once unpacked
    const packed = gzipSync(JSON.stringify(meetingBody(branch.id, { topic: '压缩的请求' })));
    const response = await t.api.request('POST', '/api/meetings', packed as never, {}, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(response.status).toBe(400);
    expect((await t.api.get('/api/meetings')).headers['x-total-count']).toBe(before);
  });

  it('answers unknown routes with the error shape', async () => {
    const response = await t.api.get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String), errors: [] });
  });

  it('refuses an oversized body with 413 and the error shape', async () => {
    const response = await t.api.post('/api/meetings', { topic: 'x', minutes: '长'.repeat(600_000) });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ statusCode: 413, errors: [] });
  });

  it('never leaks SQL or stack traces on a server error', async () => {
    const body = (await import('../../../apps/api/src/common/errors/error.filter')).ErrorFilter.prototype.toBody.call(
      {},
      Object.assign(new Error('SELECT * FROM secret_table failed'), { stack: 'at db.js:1' }),
    );
    expect(body).toEqual({ statusCode: 500, error: 'Internal Server Error', message: '服务器内部错误，请稍后重试', errors: [] });
  });
});
