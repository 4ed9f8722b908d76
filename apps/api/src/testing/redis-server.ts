import { ChildProcess, spawn } from 'node:child_process';
import { Socket } from 'node:net';
import { Redis } from 'ioredis';
import { freePort } from './free-port';

export interface RunningRedis {
  url: string;
  port: number;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<void>;
}

/** Answers true once something accepts TCP connections on the port and replies to PING. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = new Socket();
    socket.once('error', () => done(false));
    socket.once('data', (data) => {
      socket.destroy();
      done(data.toString().startsWith('+PONG'));
    });
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

/**
 * For tests (unit and system): starts a throw-away `redis-server` on a free port, without persistence (nothing written to
 * disk), and resolves once it answers PING.
 */
export async function startRedisServer(): Promise<RunningRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const spawned = new Promise<void>((done, fail) => {
    child.once('spawn', done);
    child.once('error', (error) => fail(new Error(`redis-server could not start (is it installed?): ${error.message}`)));
  });
  await spawned;
  const deadline = Date.now() + 10_000;
  while (!(await answersPing(port))) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port}:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * For a spec file: a throw-away Redis for its tests, and `connect()` for clients that are closed
 * with it; `flush` empties the database first, so each test starts from nothing.
 */
export function useThrowawayRedis(): { connect(options?: { flush?: boolean }): Promise<Redis>; readonly url: string } {
  let server: RunningRedis;
  const clients: Redis[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()));
    await server?.stop();
  });
  return {
    get url() {
      return server.url;
    },
    async connect({ flush = false } = {}) {
      const client = new Redis(server.url);
      clients.push(client);
      if (flush) await client.flushdb();
      return client;
    },
  };
}
