import { appendFileSync } from 'node:fs';
import { TestApp } from '../test-app';
import { changedLabels, DatabaseFingerprint, SECURITY_AUDIT } from './db-fingerprint';
import { Operation } from './openapi-operations';
import { Prng } from './prng';
import { FuzzRequest, FuzzWorld, generateRequest } from './request-generator';

export interface Finding {
  request: FuzzRequest;
  status: number;
  problem: string;
}

export interface FuzzReport {
  sent: number;
  statuses: Record<number, number>;
  /** Requests per route (`POST /api/meetings/:id/attachments`). */
  perRoute: Record<string, number>;
  findings: Finding[];
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A refused write may still leave this behind: a failed sign-in is recorded as a security event. */
function allowedOnRefusal(request: FuzzRequest, status: number): (label: string) => boolean {
  if (request.operation.route === '/api/auth/login' && (status === 401 || status === 429)) return (label) => label === SECURITY_AUDIT;
  return () => false;
}

/**
 * Sends `count` generated requests, one operation after another (each round in a shuffled
 * order, so every route gets its share), and records what must never happen: a 5xx, a bad
 * token let through, a refused write that changed the database or the stored files.
 * `explain` gives the server-side error behind a 5xx, when there was one.
 */
export async function runFuzz(t: TestApp, operations: Operation[], world: FuzzWorld, options: { count: number; seed: number; filesDir: string; explain: () => string | undefined; traceFile?: string }): Promise<FuzzReport> {
  const prng = new Prng(options.seed);
  const fingerprint = new DatabaseFingerprint(t.dataSource, options.filesDir);
  const report: FuzzReport = { sent: 0, statuses: {}, perRoute: {}, findings: [] };
  let order: Operation[] = [];

  while (report.sent < options.count) {
    if (order.length === 0) order = shuffled(operations, prng);
    const request = generateRequest(order.pop()!, world, prng);
    const isWrite = WRITES.has(request.method);
    const before = isWrite ? await fingerprint.take() : undefined;
    if (options.traceFile) appendFileSync(options.traceFile, `#${report.sent} ${request.as} ${request.method} ${request.url.slice(0, 200)} [${request.description.slice(0, 200)}]`);
    const started = Date.now();
    const response = await send(t, request);
    const status = response.statusCode;
    if (options.traceFile) appendFileSync(options.traceFile, ` → ${status} in ${Date.now() - started} ms\n`);
    report.sent++;
    report.statuses[status] = (report.statuses[status] ?? 0) + 1;
    const route = `${request.method} ${request.operation.route}`;
    report.perRoute[route] = (report.perRoute[route] ?? 0) + 1;

    if (status >= 500 || status === 0) {
      report.findings.push({ request, status, problem: `${status ? 'server error' : 'no complete response'}: ${options.explain() ?? response.body.slice(0, 200)}` });
    }
    const isBadToken = !['admin', 'secretary', 'staff', 'leader'].includes(request.as);
    if (isBadToken && request.operation.isProtected && status !== 401) {
      report.findings.push({ request, status, problem: `a bad token (${request.as}) was not refused with 401` });
    }
    if (before) {
      const after = await fingerprint.take();
      const changed = changedLabels(before, after);
      if (status >= 400) {
        const unexpected = changed.filter((label) => !allowedOnRefusal(request, status)(label));
        if (unexpected.length) report.findings.push({ request, status, problem: `refused, yet changed ${unexpected.slice(0, 8).join(', ')}` });
      }
      if (status >= 200 && status < 300 && request.method === 'DELETE') await restore(t, request.url);
    }
  }
  return report;
}

/** The response, or status 0 when none arrived whole (the stream broke off: a client sees a dropped connection). */
async function send(t: TestApp, request: FuzzRequest): Promise<{ statusCode: number; body: string }> {
  try {
    return await t.app.inject({ method: request.method, url: request.url, headers: request.headers, ...(request.payload === undefined ? {} : { payload: request.payload }) });
  } catch (error) {
    return { statusCode: 0, body: (error as Error).message };
  }
}

/** Brings back what a successful delete took, so later requests still find a record to work on. */
async function restore(t: TestApp, url: string): Promise<void> {
  const path = url.split('?')[0];
  await t.api.post(`${path}/restore`);
}

function shuffled<T>(items: T[], prng: Prng): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** One line per finding, grouped so that one bug seen a hundred times reads as one. */
export function describeFindings(findings: Finding[], limit = 40): string {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.request.method} ${finding.request.operation.route} → ${finding.status}: ${finding.problem.split('\n')[0].slice(0, 160)}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  const lines = [...groups.entries()].slice(0, limit).map(([key, group]) => {
    const sample = group[0].request;
    const body = sample.payload === undefined ? '' : ` body: ${truncate(Buffer.isBuffer(sample.payload) ? `<${sample.payload.length} bytes>` : sample.payload)}`;
    return `${key} (×${group.length})\n    e.g. as ${sample.as}: ${sample.method} ${truncate(sample.url)} [${sample.description}]${body}`;
  });
  return `${findings.length} findings in ${groups.size} groups:\n${lines.join('\n')}`;
}

function truncate(text: string): string {
  return text.length > 240 ? `${text.slice(0, 240)}…(${text.length})` : text;
}
