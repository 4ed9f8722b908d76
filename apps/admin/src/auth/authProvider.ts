import { HttpError, type AuthProvider, type UserIdentity } from 'react-admin';
import type { Me, TokenPair } from '@wb/contracts';
import { API_URL, httpClient } from '../http/httpClient';
import { allows } from './access';
import { clearTokens, getTokens, setTokens } from './tokens';

export interface Identity extends UserIdentity {
  username: string;
  role: Me['user']['role'];
  /** The org whose subtree the user works in (secretaries and staff); new records start there. */
  orgId: number | null;
  orgName: string | null;
}

let me: Promise<Me> | null = null;

/** `GET /api/auth/me`, fetched once per session (forgotten on login, logout and failure). */
export function getMe(): Promise<Me> {
  me ??= httpClient(`${API_URL}/auth/me`)
    .then(({ json }) => json as Me)
    .catch((error) => {
      me = null;
      throw error;
    });
  return me;
}

const forgetSession = () => {
  me = null;
  clearTokens();
};

const post = (path: string, body: unknown) =>
  httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) });

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    forgetSession();
    const { json } = await post('/auth/login', { username, password });
    setTokens(json as TokenPair);
  },

  async logout() {
    const refreshToken = getTokens()?.refreshToken;
    forgetSession();
    if (refreshToken) await post('/auth/logout', { refreshToken }).catch(() => undefined);
  },

  async checkAuth() {
    if (!getTokens()) throw { message: false, redirectTo: '/login' };
  },

  /**
   * httpClient has already tried one refresh before a 401 gets here, so a 401 means the session
   * is over. A 403 is a refusal of one action: the user stays signed in and sees the message.
   */
  async checkError(error: unknown) {
    const status = error instanceof HttpError ? error.status : (error as { status?: number })?.status;
    if (status === 401) {
      forgetSession();
      throw error;
    }
  },

  async getIdentity(): Promise<Identity> {
    const { user, org } = await getMe();
    return { id: user.id, fullName: user.displayName, username: user.username, role: user.role, orgId: org?.id ?? null, orgName: org?.name ?? null };
  },

  async getPermissions() {
    return (await getMe()).permissions;
  },

  async canAccess({ resource, action }) {
    if (!getTokens()) return false;
    return allows(await getMe(), resource, action);
  },
};
