import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HttpError } from 'react-admin';
import { getTokens, setTokens } from '../auth/tokens';
import { httpClient, REFRESH_MARGIN_MS } from './httpClient';

const json = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const pair = (n: number, expiresIn = 900) => ({ accessToken: `access-${n}`, refreshToken: `refresh-${n}`, expiresIn });

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** A fake API: the refresh endpoint hands out pair 2 (after `delay` ms); other routes accept only `valid`. */
function fakeApi({ valid = 'access-2', refresh = 200, delay = 0 }: { valid?: string; refresh?: number; delay?: number } = {}) {
  const handler: Handler = async (url, init) => {
    if (url === '/api/auth/refresh') {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return refresh === 200 ? json(200, pair(2)) : json(refresh, { message: 'invalid' });
    }
    const auth = new Headers(init.headers).get('Authorization');
    return auth === `Bearer ${valid}` ? json(200, { url }) : json(401, { statusCode: 401, message: 'Unauthorized' });
  };
  const fetchMock = vi.fn((url: string, init: RequestInit = {}) => Promise.resolve(handler(url, init)));
  vi.stubGlobal('fetch', fetchMock);
  const calls = (path: string) => fetchMock.mock.calls.filter(([url]) => url === path);
  return { fetchMock, calls };
}

beforeEach(() => {
  localStorage.clear();
  setTokens(pair(1));
});
afterEach(() => vi.unstubAllGlobals());

describe('httpClient auth', () => {
  it('sends the bearer token', async () => {
    const { fetchMock } = fakeApi({ valid: 'access-1' });
    await httpClient('/api/meetings');
    expect(new Headers(fetchMock.mock.calls[0][1]?.headers).get('Authorization')).toBe('Bearer access-1');
  });

  it('refreshes once on a 401 and retries with the new token', async () => {
    const { calls } = fakeApi();
    const { json: body } = await httpClient('/api/meetings');
    expect(body).toEqual({ url: '/api/meetings' });
    expect(calls('/api/auth/refresh')).toHaveLength(1);
    expect(JSON.parse(String(calls('/api/auth/refresh')[0][1]?.body))).toEqual({ refreshToken: 'refresh-1' });
    expect(getTokens()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('shares one refresh between concurrent 401s', async () => {
    const { calls } = fakeApi({ delay: 20 });
    const results = await Promise.all(['/api/meetings', '/api/members', '/api/orgs', '/api/auth/me'].map((url) => httpClient(url)));
    expect(results.map((result) => result.status)).toEqual([200, 200, 200, 200]);
    expect(calls('/api/auth/refresh')).toHaveLength(1);
  });

  it('surfaces the 401 and forgets the tokens when the refresh is refused', async () => {
    const { calls } = fakeApi({ refresh: 401 });
    const error = await httpClient('/api/meetings').catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(401);
    expect(calls('/api/meetings')).toHaveLength(1);
    expect(getTokens()).toBeNull();
  });

  it('does not loop when the retried request is refused too', async () => {
    const { calls } = fakeApi({ valid: 'nobody' });
    const error = await httpClient('/api/meetings').catch((e) => e);
    expect(error.status).toBe(401);
    expect(calls('/api/auth/refresh')).toHaveLength(1);
    expect(calls('/api/meetings')).toHaveLength(2);
  });

  it('refreshes ahead of time when the access token is about to expire', async () => {
    setTokens(pair(1, (REFRESH_MARGIN_MS - 1000) / 1000));
    const { fetchMock } = fakeApi();
    await httpClient('/api/meetings');
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/api/auth/refresh', '/api/meetings']);
  });

  it('never refreshes for the auth endpoints and keeps Retry-After', async () => {
    const fetchMock = vi.fn(async () => json(429, { statusCode: 429, message: 'Too Many Requests' }, { 'Retry-After': '42' }));
    vi.stubGlobal('fetch', fetchMock);
    const error = await httpClient('/api/auth/login', { method: 'POST', body: '{}' }).catch((e) => e);
    expect(error.status).toBe(429);
    expect(error.body.retryAfter).toBe(42);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(new Headers((fetchMock.mock.calls[0] as unknown[])[1] as RequestInit['headers']).get('Authorization')).toBeNull();
  });

  it('uses tokens another tab rotated instead of refreshing again', async () => {
    const { calls } = fakeApi({ valid: 'access-9' });
    const fetchMock = vi.mocked(fetch);
    const original = fetchMock.getMockImplementation()!;
    fetchMock.mockImplementationOnce(async (url, init) => {
      setTokens(pair(9)); // the other tab finished its refresh while our request was in flight
      return original(url as string, init);
    });
    const result = await httpClient('/api/meetings');
    expect(result.status).toBe(200);
    expect(calls('/api/auth/refresh')).toHaveLength(0);
  });
});
