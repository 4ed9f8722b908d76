import { HttpError, type fetchUtils } from 'react-admin';
import type { TokenPair } from '@wb/contracts';
import { clearTokens, getTokens, setTokens } from '../auth/tokens';
import { convertHttpError } from './serverErrors';

/** Base URL of the API: same origin (the Vite dev server proxies it). */
export const API_URL = '/api';

/** Endpoints that take no bearer token and never trigger a refresh. */
const AUTH_ENDPOINTS = ['/auth/login', '/auth/refresh', '/auth/logout'].map((path) => API_URL + path);

/** Refresh the access token when it has less than this left, before sending a request. */
export const REFRESH_MARGIN_MS = 60_000;

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- same as fetchUtils.fetchJson
}

/**
 * fetchUtils.fetchJson without the header loss: a failed request rejects with an HttpError whose
 * body is the API's error body plus `retryAfter` (seconds) when the server sent `Retry-After`.
 */
async function fetchJson(url: string, options: fetchUtils.Options, accessToken?: string): Promise<HttpResponse> {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  if (typeof options.body === 'string' && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  if (accessToken) headers.set('Authorization', `Bearer ${accessToken}`);
  const response = await fetch(url, { ...options, headers });
  const body = await response.text();
  let json: HttpResponse['json'];
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  if (response.status < 200 || response.status >= 300) {
    const retryAfter = Number(response.headers.get('Retry-After'));
    const errorBody = retryAfter > 0 ? { ...(json ?? {}), retryAfter } : json;
    const message = typeof json?.message === 'string' ? json.message : response.statusText;
    throw new HttpError(message, response.status, errorBody);
  }
  return { status: response.status, headers: response.headers, body, json };
}

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the stored refresh token for a new pair (the server rotates it). Concurrent callers share
 * one request. Resolves false when the server refuses it; the tokens are then forgotten.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= rotateTokens().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function rotateTokens(): Promise<boolean> {
  const tokens = getTokens();
  if (!tokens) return false;
  try {
    const { json } = await fetchJson(`${API_URL}/auth/refresh`, {
      method: 'POST',
      body: JSON.stringify({ refreshToken: tokens.refreshToken }),
    });
    setTokens(json as TokenPair);
    return true;
  } catch (error) {
    // Another tab may have rotated the pair meanwhile; its tokens are as good as ours.
    if (getTokens()?.refreshToken !== tokens.refreshToken) return getTokens() != null;
    if (error instanceof HttpError && error.status >= 400 && error.status < 500) clearTokens();
    return false;
  }
}

/** A valid access token for a request made outside httpClient (a download, an upload with progress). */
export async function freshAccessToken(): Promise<string | undefined> {
  const before = getTokens();
  if (before && before.expiresAt - Date.now() < REFRESH_MARGIN_MS) await refreshSession();
  return getTokens()?.accessToken;
}

/**
 * The one place every API request goes through. Adds the bearer token; refreshes it shortly before
 * it expires; on a 401 refreshes once (shared with concurrent requests) and retries. When that
 * fails the 401 surfaces, and the authProvider's checkError signs the user out.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}): Promise<HttpResponse> {
  try {
    if (AUTH_ENDPOINTS.some((endpoint) => url.startsWith(endpoint))) return await fetchJson(url, options);
    const before = getTokens();
    if (before && before.expiresAt - Date.now() < REFRESH_MARGIN_MS) await refreshSession();
    const token = getTokens()?.accessToken;
    try {
      return await fetchJson(url, options, token);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 401 || !token) throw error;
      // A request that failed after someone else refreshed just retries with the new token.
      const renewed = getTokens()?.accessToken !== token || (await refreshSession());
      const retryToken = getTokens()?.accessToken;
      if (!renewed || !retryToken) throw error;
      return await fetchJson(url, options, retryToken);
    }
  } catch (error) {
    throw convertHttpError(error);
  }
}
