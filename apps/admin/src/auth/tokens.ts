import type { TokenPair } from '@wb/contracts';

/** What we keep in localStorage: the pair plus the absolute expiry of the access token. */
export interface StoredTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch milliseconds at which the access token expires. */
  expiresAt: number;
}

/** One key per value, each holding the raw string (tools and tests can read the bearer token as is). */
const KEYS = { accessToken: 'wb.accessToken', refreshToken: 'wb.refreshToken', expiresAt: 'wb.accessTokenExpiresAt' } as const;

export function getTokens(): StoredTokens | null {
  const accessToken = localStorage.getItem(KEYS.accessToken);
  const refreshToken = localStorage.getItem(KEYS.refreshToken);
  if (!accessToken || !refreshToken) return null;
  return { accessToken, refreshToken, expiresAt: Number(localStorage.getItem(KEYS.expiresAt)) || 0 };
}

export function setTokens(pair: TokenPair, now = Date.now()): StoredTokens {
  const tokens = { accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: now + pair.expiresIn * 1000 };
  localStorage.setItem(KEYS.accessToken, tokens.accessToken);
  localStorage.setItem(KEYS.refreshToken, tokens.refreshToken);
  localStorage.setItem(KEYS.expiresAt, String(tokens.expiresAt));
  return tokens;
}

export function clearTokens(): void {
  Object.values(KEYS).forEach((key) => localStorage.removeItem(key));
}
