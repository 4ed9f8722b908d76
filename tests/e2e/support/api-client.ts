import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
  /** The body's bytes (a downloaded spreadsheet). */
  raw: Buffer;
}

/** Requests through Fastify's inject: the full pipeline, no socket. */
export class ApiClient {
  constructor(
    private readonly app: NestFastifyApplication,
    private readonly token?: string,
    private readonly origin: { remoteAddress?: string; forwardedFor?: string } = {},
  ) {}

  /** The same client, sending `Authorization: Bearer <token>`. */
  withToken(token: string): ApiClient {
    return new ApiClient(this.app, token, this.origin);
  }

  /** The same client, connecting from `remoteAddress` (and sending `X-Forwarded-For`, as a proxy would). */
  from(remoteAddress: string, forwardedFor?: string): ApiClient {
    return new ApiClient(this.app, this.token, { remoteAddress, forwardedFor });
  }

  /** `query` values that are not strings are sent as JSON (sort, range, filter). */
  get<T = any>(url: string, query: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    return this.request('GET', url, undefined, query, headers);
  }

  post<T = any>(url: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request('POST', url, body);
  }

  put<T = any>(url: string, body: unknown): Promise<ApiResponse<T>> {
    return this.request('PUT', url, body);
  }

  delete<T = any>(url: string): Promise<ApiResponse<T>> {
    return this.request('DELETE', url);
  }

  async request<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS',
    url: string,
    body?: unknown,
    query: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) search.append(key, typeof value === 'string' ? value : JSON.stringify(value));
    const qs = search.toString();
    if (this.token && !headers.authorization) headers = { ...headers, authorization: `Bearer ${this.token}` };
    if (this.origin.forwardedFor) headers = { ...headers, 'x-forwarded-for': this.origin.forwardedFor };
    const response = await this.app.inject({
      method,
      ...(this.origin.remoteAddress ? { remoteAddress: this.origin.remoteAddress } : {}),
      url: qs ? `${url}?${qs}` : url,
      headers,
      ...(body === undefined ? {} : typeof body === 'string' ? { payload: body, headers: { 'content-type': 'application/json', ...headers } } : { payload: body as object }),
    });
    const text = response.body;
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (e.g. the docs page): keep the text
    }
    return { status: response.statusCode, body: parsed as T, headers: response.headers, raw: response.rawPayload };
  }

  /** Uploads one file as the multipart field `file`, as a browser's form does. */
  upload<T = any>(url: string, filename: string, content: Buffer, query: Record<string, unknown> = {}): Promise<ApiResponse<T>> {
    return this.uploadFiles<T>(url, 'file', [{ name: filename, content }], query);
  }

  /** Uploads files under one multipart field, names in UTF-8 as browsers send them. */
  async uploadFiles<T = any>(url: string, field: string, files: { name: string; content: Buffer }[], query: Record<string, unknown> = {}): Promise<ApiResponse<T>> {
    const boundary = `----wb${Date.now()}`;
    const payload = Buffer.concat([
      ...files.flatMap(({ name, content }) => [
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name.replace(/"/g, '%22')}"\r\nContent-Type: application/octet-stream\r\n\r\n`, 'utf8'),
        content,
        Buffer.from('\r\n'),
      ]),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString();
    const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await this.app.inject({ method: 'POST', url: search ? `${url}?${search}` : url, headers, payload });
    let parsed: unknown = response.body;
    try {
      parsed = JSON.parse(response.body);
    } catch {
      // not JSON
    }
    return { status: response.statusCode, body: parsed as T, headers: response.headers, raw: response.rawPayload };
  }
}
