import { fetchUtils } from 'react-admin';
import { convertHttpError } from './serverErrors';

/** Base URL of the API: same origin (the Vite dev server proxies it). */
export const API_URL = '/api';

/**
 * The one place every API request goes through. The next issue adds the bearer token here
 * (`headers.set('Authorization', …)`) and an authProvider next to it.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    throw convertHttpError(error);
  }
}
