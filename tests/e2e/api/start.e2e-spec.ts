import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

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
});
