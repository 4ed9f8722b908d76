import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from 'react-admin';
import { dataProvider } from './dataProvider';

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('dataProvider', () => {
  it('lists through /api with the simple-rest query and Content-Range total', async () => {
    const fetchMock = respond(200, [{ id: 1 }], { 'Content-Range': 'meetings 0-0/1' });
    const result = await dataProvider.getList('meetings', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'date', order: 'DESC' },
      filter: { q: '学习' },
    });
    expect(result.total).toBe(1);
    const url = decodeURIComponent(fetchMock.mock.calls[0][0]);
    expect(url).toContain('/api/meetings?');
    expect(url).toContain('sort=["date","DESC"]');
    expect(url).toContain('range=[0,24]');
    expect(url).toContain('filter={"q":"学习"}');
  });

  it('sends the record as the form holds it on update, version included (the API ignores what it keeps)', async () => {
    const fetchMock = respond(200, { id: 3, version: 2 });
    const data = { id: 3, version: 1, topic: 'x', createdAt: 'c', attendance: [{ id: 9, memberId: 4, status: 'present' }] };
    await dataProvider.update('meetings', { id: 3, data, previousData: { id: 3 } });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/meetings/3');
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual(data);
  });

  it('rejects with field errors in react-admin shape', async () => {
    respond(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: '输入有误',
      errors: [{ field: 'attendance.0.memberId', code: 'missing_reference', message: '人员不存在' }],
    });
    const error = await dataProvider.create('meetings', { data: { topic: 'x' } }).catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.body.errors).toEqual({ attendance: [{ memberId: '人员不存在' }] });
  });

  it('does not call the API for an empty getMany', async () => {
    const fetchMock = respond(200, []);
    expect(await dataProvider.getMany('orgs', { ids: [] })).toEqual({ data: [] });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
