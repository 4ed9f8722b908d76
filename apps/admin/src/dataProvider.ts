import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type { AuditLog, MemberSummary, User } from '@wb/contracts';
import { API_URL, httpClient } from './http/httpClient';

const base = simpleRestProvider(API_URL, httpClient);

const post = (path: string, body?: unknown) =>
  httpClient(`${API_URL}/${path}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) });

/** Our endpoints beyond ra-data-simple-rest. */
export interface AppDataProvider extends DataProvider {
  /** `GET /api/<resource>/:id/history`: the record's audit trail, newest first. */
  getHistory(resource: string, id: Identifier): Promise<{ data: AuditLog[] }>;
  /** `POST /api/<resource>/:id/restore`: bring a soft-deleted record back (admin only). */
  restore(resource: string, id: Identifier): Promise<{ data: RaRecord }>;
  /** `POST /api/users/:id/password`: set a new password and sign the user out everywhere. */
  resetPassword(id: Identifier, password: string): Promise<{ data: User }>;
  /** `GET /api/members/:id/summary`: meetings attended and volunteer service, counted by the API. */
  getMemberSummary(id: Identifier): Promise<{ data: MemberSummary }>;
  /** `GET /api/outreach-activities/aspects`: the 科普 aspects already in use, most used first. */
  getOutreachAspects(): Promise<{ data: string[] }>;
}

/**
 * ra-data-simple-rest over our single httpClient. Writes send the record as the form holds it:
 * the API accepts the fields it keeps itself (id, timestamps, child rows' ids) and ignores them.
 * An empty getMany (e.g. an export where every reference is null) needs no request.
 */
export const dataProvider: AppDataProvider = {
  ...base,
  getMany: (resource, params) =>
    params.ids.length === 0 ? Promise.resolve({ data: [] }) : base.getMany(resource, params),
  getHistory: async (resource, id) => ({ data: (await httpClient(`${API_URL}/${resource}/${id}/history`)).json }),
  restore: async (resource, id) => ({ data: (await post(`${resource}/${id}/restore`)).json }),
  resetPassword: async (id, password) => ({ data: (await post(`users/${id}/password`, { password })).json }),
  getMemberSummary: async (id) => ({ data: (await httpClient(`${API_URL}/members/${id}/summary`)).json }),
  getOutreachAspects: async () => ({ data: (await httpClient(`${API_URL}/outreach-activities/aspects`)).json }),
};
