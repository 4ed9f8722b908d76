import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { freePort } from '../../support/built-server';

const INSTALL_DB = '/usr/bin/mariadb-install-db';
const MARIADBD = '/usr/sbin/mariadbd';
const READY_WITHIN_MS = 60_000;

/**
 * A MariaDB server of the test's own: its own data directory, socket and TCP port on 127.0.0.1,
 * root without a password. Stopping it disturbs nothing else (the shared server stays on 3306).
 */
export class MariadbInstance {
  private process?: ChildProcess;

  private constructor(
    readonly dataDir: string,
    readonly port: number,
  ) {}

  /** Initialises a fresh data directory and starts the server on a free port. */
  static async start(): Promise<MariadbInstance> {
    const dataDir = mkdtempSync(join(tmpdir(), 'wb-mariadb-'));
    // --no-defaults keeps /etc/mysql/my.cnf (the shared server's settings) out of it.
    await promisify(execFile)(INSTALL_DB, [
      '--no-defaults',
      '--user=root',
      `--datadir=${dataDir}/data`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    const instance = new MariadbInstance(dataDir, await freePort());
    await instance.restart();
    return instance;
  }

  /** `mysql://root@127.0.0.1:<port>/<database>` */
  url(database: string): string {
    return `mysql://root@127.0.0.1:${this.port}/${database}`;
  }

  get running(): boolean {
    return this.process !== undefined && this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Starts the server (again) on the same port and data directory; resolves once it answers. */
  async restart(): Promise<void> {
    if (this.running) throw new Error('MariaDB is already running');
    const child = spawn(
      MARIADBD,
      [
        '--no-defaults',
        '--user=root',
        `--datadir=${this.dataDir}/data`,
        `--socket=${this.dataDir}/mariadb.sock`,
        `--pid-file=${this.dataDir}/mariadb.pid`,
        `--log-error=${this.dataDir}/error.log`,
        `--tmpdir=${this.dataDir}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=64M',
      ],
      { stdio: 'ignore' },
    );
    this.process = child;
    const deadline = Date.now() + READY_WITHIN_MS;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`mariadbd exited (${child.exitCode ?? child.signalCode}):\n${this.errorLog()}`);
      if (await this.answers()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`mariadbd did not answer within ${READY_WITHIN_MS} ms:\n${this.errorLog()}`);
  }

  /** SIGTERM (a clean shutdown, as a service manager does it) and wait until the process is gone. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child || !this.running) return;
    await new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  }

  /** Stops the server and removes its data directory. */
  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** One query on a connection of its own (not the API's). */
  async query<T = Record<string, unknown>[]>(sql: string, database?: string): Promise<T> {
    const connection = await createConnection({ host: '127.0.0.1', port: this.port, user: 'root', database });
    try {
      const [rows] = await connection.query(sql);
      return rows as T;
    } finally {
      await connection.end();
    }
  }

  errorLog(): string {
    try {
      return readFileSync(join(this.dataDir, 'error.log'), 'utf8');
    } catch {
      return '(no error log)';
    }
  }

  private async answers(): Promise<boolean> {
    try {
      await this.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
