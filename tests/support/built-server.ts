import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../apps/api/src/testing/free-port';

export { freePort };

const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const ADMIN = join(ROOT, 'apps/admin/dist/index.html');

export interface RunningServer {
  url: string;
  /** What the process printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<void>;
}

export interface BuiltServerOptions {
  /** Extra environment (DATABASE_URL, REDIS_URL…); by default a fresh SQLite database with demo data. */
  env?: Record<string, string>;
  /** Fixed port; a free one by default. */
  port?: number;
}


/**
 * Starts the built product (`npm run build` first) as its own process, on a free port, with a
 * fresh SQLite database and demo data unless `env` says otherwise; resolves once it is healthy.
 */
export async function startBuiltServer(options: BuiltServerOptions = {}): Promise<RunningServer> {
  for (const file of [MAIN, ADMIN]) if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const port = options.port ?? (await freePort());
  const database = join(mkdtempSync(join(tmpdir(), 'wb-server-')), 'workbench.sqlite');
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `sqlite:${database}`, DEMO_DATA: 'true', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (Date.now() >= deadline) throw new Error(`server did not become healthy:\n${output}`);
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
