import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import type { AnnualReport, Attachment, AuditLog, ComplianceRule, DataCheck, MemberSummary, ReportPhotoGroup, ReportSnapshot, User } from '@wb/contracts';
import { API_URL, httpClient } from './http/httpClient';

const base = simpleRestProvider(API_URL, httpClient);

const post = (path: string, body?: unknown, method = 'POST') =>
  httpClient(`${API_URL}/${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });

/** Which year's report, of which org's subtree (none: the user's own org). */
export interface ReportParams {
  year: number;
  orgId?: number;
}

/** `?year=2021&orgId=3`, the query of every report route. */
export const reportQuery = ({ year, orgId }: ReportParams) => `year=${year}${orgId ? `&orgId=${orgId}` : ''}`;

/** `GET/PUT /api/reports/annual/summary`. */
export interface ReportSummary {
  summary: string;
  generated: string;
  draft: { updatedAt: string; updatedByName: string; version: number } | null;
}

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
  /** `GET /api/<resource>/:id/attachments`: the record's files, oldest first (or its deleted ones, admin only). */
  getAttachments(resource: string, id: Identifier, deleted?: boolean): Promise<{ data: Attachment[] }>;
  /** `PUT /api/attachments/:id`: rename, or in or out of the year-end report. */
  updateAttachment(id: number, change: { fileName?: string; inReport?: boolean; version: number }): Promise<{ data: Attachment }>;
  /** `DELETE /api/attachments/:id` (soft). */
  deleteAttachment(id: number): Promise<{ data: Attachment }>;
  /** `POST /api/attachments/:id/restore` (admin only). */
  restoreAttachment(id: number): Promise<{ data: Attachment }>;
  /** `GET /api/reports/years`: the years with records in an org's subtree, newest first. */
  getReportYears(orgId?: number): Promise<{ data: number[] }>;
  /** `GET /api/reports/annual`: the year's figures of an org's subtree, counted by the API. */
  getAnnualReport(params: ReportParams): Promise<{ data: AnnualReport }>;
  getReportSummary(params: ReportParams): Promise<{ data: ReportSummary }>;
  saveReportSummary(params: Required<ReportParams>, summary: string): Promise<{ data: ReportSummary }>;
  /** `GET /api/reports/annual/checks`: what to put right before finalising. */
  getReportChecks(params: ReportParams): Promise<{ data: DataCheck[] }>;
  /** `GET /api/reports/annual/photos`: the photos chosen for the report, under their activities. */
  getReportPhotos(params: ReportParams): Promise<{ data: ReportPhotoGroup[] }>;
  getReportSnapshots(params: ReportParams): Promise<{ data: ReportSnapshot[] }>;
  /** `POST /api/reports/snapshots`: 定稿. */
  finalizeReport(params: Required<ReportParams>): Promise<{ data: ReportSnapshot }>;
  getComplianceRules(): Promise<{ data: ComplianceRule[] }>;
  saveComplianceRules(rules: ComplianceRule[]): Promise<{ data: ComplianceRule[] }>;
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
  getAttachments: async (resource, id, deleted) => ({ data: (await httpClient(`${API_URL}/${resource}/${id}/attachments${deleted ? '?deleted=true' : ''}`)).json }),
  updateAttachment: async (id, change) => ({ data: (await post(`attachments/${id}`, change, 'PUT')).json }),
  deleteAttachment: async (id) => ({ data: (await post(`attachments/${id}`, undefined, 'DELETE')).json }),
  restoreAttachment: async (id) => ({ data: (await post(`attachments/${id}/restore`)).json }),
  getReportYears: async (orgId) => ({ data: (await httpClient(`${API_URL}/reports/years${orgId ? `?orgId=${orgId}` : ''}`)).json }),
  getAnnualReport: async (params) => ({ data: (await httpClient(`${API_URL}/reports/annual?${reportQuery(params)}`)).json }),
  getReportSummary: async (params) => ({ data: (await httpClient(`${API_URL}/reports/annual/summary?${reportQuery(params)}`)).json }),
  saveReportSummary: async (params, summary) => ({ data: (await post('reports/annual/summary', { ...params, summary }, 'PUT')).json }),
  getReportChecks: async (params) => ({ data: (await httpClient(`${API_URL}/reports/annual/checks?${reportQuery(params)}`)).json }),
  getReportPhotos: async (params) => ({ data: (await httpClient(`${API_URL}/reports/annual/photos?${reportQuery(params)}`)).json }),
  getReportSnapshots: async (params) => ({ data: (await httpClient(`${API_URL}/reports/snapshots?${reportQuery(params)}`)).json }),
  finalizeReport: async (params) => ({ data: (await post('reports/snapshots', params)).json }),
  getComplianceRules: async () => ({ data: (await httpClient(`${API_URL}/reports/compliance-rules`)).json }),
  saveComplianceRules: async (rules) => ({ data: (await post('reports/compliance-rules', { rules }, 'PUT')).json }),
};
