import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MAIN = resolve(__dirname, '../../../apps/api/dist/main.js');

/** The built server refuses bad configuration with one line and exit code 1 (needs `npm run build`). */
describe('start-up configuration', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
  });

  const start = (env: Record<string, string>) =>
    spawnSync(process.execPath, [MAIN], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 20_000 });

  it.each([
    ['PORT', { PORT: 'eighty' }, /^Configuration error: PORT: "eighty" is not a port number/],
    ['DATABASE_URL scheme', { DATABASE_URL: 'postgres://localhost/db' }, /^Configuration error: DATABASE_URL: unsupported scheme/],
    ['DATABASE_URL database name', { DATABASE_URL: 'mysql://root@127.0.0.1:3306/bad-name' }, /^Configuration error: DATABASE_URL: the database name/],
    ['DEMO_DATA', { DEMO_DATA: 'maybe' }, /^Configuration error: DEMO_DATA/],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'not an origin' }, /^Configuration error: CORS_ORIGINS/],
    ['JWT_SECRET', { JWT_SECRET: 'short' }, /^Configuration error: JWT_SECRET/],
    ['ADMIN_PASSWORD', { ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' }, /^Configuration error: ADMIN_PASSWORD/],
  ])('stops on a bad %s', (_name, env, reason) => {
    const result = start(env);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(reason);
  });

  it('says which demo accounts exist when it starts with demo data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-start-'));
    const server = spawn(process.execPath, [MAIN], {
      env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'demo.sqlite')}`, PORT: String(30000 + Math.floor(Math.random() * 20000)), DEMO_DATA: 'true', ADMIN_USERNAME: '', ADMIN_PASSWORD: '' },
    });
    let output = '';
    try {
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no demo accounts line in:\n${output}`)), 30_000);
        server.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (/on http:\/\/localhost/.test(output)) {
            clearTimeout(timer);
            done();
          }
        });
        server.on('exit', () => fail(new Error(`server exited:\n${output}`)));
      });
    } finally {
      server.kill();
    }
    const line = output.split('\n').find((text) => text.includes('Demo accounts'));
    expect(line).toContain('admin / demo-admin-2021');
    expect(line).toContain('secretary / demo-secretary-2021');
    expect(line).toContain('DEMO_DATA=false');
  }, 40_000);
});
