import { mkdtempSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FailedLogins } from '../../../apps/api/src/auth/failed-logins';
import { loadConfig } from '../../../apps/api/src/config/config';
import { ErrorFilter } from '../../../apps/api/src/common/errors/error.filter';
import { changedLabels, DatabaseFingerprint } from '../support/fuzz/db-fingerprint';
import { describeFindings, runFuzz } from '../support/fuzz/fuzz-runner';
import { buildFuzzWorld } from '../support/fuzz/fuzz-world';
import { Operation, operationsOf } from '../support/fuzz/openapi-operations';
import { FuzzWorld } from '../support/fuzz/request-generator';
import { listRoutes } from '../support/routes';
import { startTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

/** How many requests, and from which seed: `npm run fuzz` sends 20,000; FUZZ_SEED replays another run. */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20211231);

/**
 * Malformed requests for every operation of the OpenAPI document — wrong types, awkward and
 * hostile strings, unknown fields, broken JSON, bad list parameters and ids, bad tokens, bad
 * files — sent as every role. None may answer 5xx, and a refused write must change nothing.
 */
describe(`fuzzing the API from its OpenAPI document (${REQUESTS} requests, seed ${SEED})`, () => {
  let t: TestApp;
  let operations: Operation[];
  let world: FuzzWorld;
  const filesDir = mkdtempSync(join(tmpdir(), 'wb-fuzz-files-'));
  let lastServerError: string | undefined;

  beforeAll(async () => {
    // The error behind a 500, for the failure message (the response rightly hides it). Before the
    // app starts: Nest binds the filter's method when it registers it.
    const original = ErrorFilter.prototype.catch;
    jest.spyOn(ErrorFilter.prototype, 'catch').mockImplementation(function (this: ErrorFilter, exception, host) {
      if (this.toBody(exception).statusCode >= 500) lastServerError = exception instanceof Error ? (exception.stack ?? exception.message).split('\n').slice(0, 3).join(' | ') : String(exception);
      return original.call(this, exception, host);
    });
    // Tokens that outlive a long run (`npm run fuzz`), and sign-in limits it does not reach.
    const auth = loadConfig({ JWT_SECRET: 'e2e-secret-of-at-least-thirty-two-characters', ACCESS_TOKEN_SECONDS: String(24 * 3600) }).auth;
    t = await startTestApp({
      files: { kind: 'local', dir: filesDir },
      auth: { ...auth, admin: TEST_ADMIN, loginLimit: { ...auth.loginLimit, perIp: 1_000_000, perUsername: 1_000_000 } },
    });
    // Failed sign-ins slow further attempts down by design; the fuzzer sends many and must not wait.
    t.app.get(FailedLogins).wait = async () => undefined;
    operations = operationsOf((await t.anonymous.get('/api/docs-json')).body);
    world = await buildFuzzWorld(t, operations);
  }, 300_000);
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.close();
  });

  it('reads an operation from the document for every route of the application', () => {
    const documented = new Set(operations.map((op) => `${op.method} ${op.route}`));
    expect(listRoutes(t.app).map((r) => `${r.method} ${r.path}`).filter((route) => !documented.has(route))).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(100);
  });

  it('has a database fingerprint that notices an edit no version number shows, and a stray file', async () => {
    const fingerprint = new DatabaseFingerprint(t.dataSource, filesDir);
    const before = await fingerprint.take();
    expect(changedLabels(before, await fingerprint.take())).toEqual([]);
    await t.dataSource.query('UPDATE meetings SET topic = ? WHERE id = ?', ['指纹测试', world.ids.meetings]);
    writeFileSync(join(filesDir, 'stray'), 'x');
    try {
      expect(changedLabels(before, await fingerprint.take()).sort()).toEqual(['files', 'meetings']);
    } finally {
      unlinkSync(join(filesDir, 'stray'));
    }
  });

  it('never answers 5xx, lets no bad token through, and a refused write changes nothing', async () => {
    const report = await runFuzz(t, operations, world, {
      count: REQUESTS,
      seed: SEED,
      filesDir,
      // FUZZ_TRACE=<file>: one line per request (time, status, what was sent), to find a slow or failing one.
      traceFile: process.env.FUZZ_TRACE,
      explain: () => {
        const error = lastServerError;
        lastServerError = undefined;
        return error;
      },
    });
    // One line for whoever runs `npm run fuzz`: how the answers spread.
    process.stdout.write(`fuzz: ${report.sent} requests, seed ${SEED}, statuses ${JSON.stringify(report.statuses)}, ${report.findings.length} findings\n`);
    expect(describeFindings(report.findings)).toBe(describeFindings([]));
    expect(report.sent).toBe(REQUESTS);
    // Every operation was tried several times, and the run reached past validation too.
    const fewest = Math.min(...operations.map((op) => report.perRoute[`${op.method} ${op.route}`] ?? 0));
    expect(fewest).toBeGreaterThanOrEqual(Math.floor(REQUESTS / operations.length));
    const answered = (low: number) => Object.entries(report.statuses).filter(([status]) => Number(status) >= low && Number(status) < low + 100).reduce((n, [, c]) => n + c, 0);
    expect([answered(200) > 0, answered(400) > 0]).toEqual([true, true]);
  }, Math.max(120_000, REQUESTS * 100));
});
