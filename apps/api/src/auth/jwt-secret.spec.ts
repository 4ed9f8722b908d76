import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/config';
import { resolveJwtSecret } from './jwt-secret';

describe('resolveJwtSecret', () => {
  it('generates a secret once into the data directory, readable by the owner only, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-secret-'));
    const auth = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` }).auth;
    const first = resolveJwtSecret(auth);
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(resolveJwtSecret(auth)).toBe(first);
  });

  it('prefers JWT_SECRET and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wb-secret-'));
    const auth = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, JWT_SECRET: 's'.repeat(40) }).auth;
    expect(resolveJwtSecret(auth)).toBe('s'.repeat(40));
    expect(() => statSync(join(dir, 'jwt-secret'))).toThrow();
  });
});
