import { ConfigError, DEFAULT_SQLITE_PATH, loadConfig, parseDatabaseUrl } from './config';

describe('configuration', () => {
  it('defaults to port 3000, the embedded SQLite file and demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', path: DEFAULT_SQLITE_PATH });
    expect(DEFAULT_SQLITE_PATH).toMatch(/data\/workbench\.sqlite$/);
    expect(config.demoData).toBe(true);
    expect(config.corsOrigins).toEqual([]);
  });

  it('keeps the generated JWT secret next to the SQLite file, and reads the administrator', () => {
    const config = loadConfig({ DATABASE_URL: 'sqlite:/var/lib/wb/db.sqlite', ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'long-enough-password' });
    expect(config.auth.secretFile).toBe('/var/lib/wb/jwt-secret');
    expect(config.auth.jwtSecret).toBeUndefined();
    expect(config.auth.admin).toEqual({ username: 'root', password: 'long-enough-password' });
    expect(config.auth.accessTokenSeconds).toBe(900);
    expect(loadConfig({ JWT_SECRET: 'x'.repeat(32) }).auth.jwtSecret).toBe('x'.repeat(32));
  });

  it('reads a MySQL/MariaDB URL', () => {
    expect(parseDatabaseUrl('mysql://wb:p%40ss@db.local:3307/wb_prod')).toEqual({
      kind: 'mysql', host: 'db.local', port: 3307, username: 'wb', password: 'p@ss', database: 'wb_prod',
    });
    expect(parseDatabaseUrl('mariadb://root@127.0.0.1/wb_demo')).toMatchObject({ port: 3306, username: 'root', password: '' });
  });

  it.each([
    [{ PORT: '0' }, /PORT/],
    [{ PORT: '3000x' }, /PORT/],
    [{ DATABASE_URL: 'sqlite:' }, /sqlite/],
    [{ DATABASE_URL: 'nonsense' }, /not a URL/],
    [{ DATABASE_URL: 'mysql://root@host/' }, /database name/],
    [{ DATABASE_URL: 'mysql://root@host/db;drop' }, /database name/],
    [{ CORS_ORIGINS: 'https://ok.example,ftp://no' }, /CORS_ORIGINS/],
    [{ JWT_SECRET: 'too-short' }, /JWT_SECRET/],
    [{ ADMIN_USERNAME: 'root' }, /set both or neither/],
    [{ ADMIN_USERNAME: 'a b', ADMIN_PASSWORD: 'long-enough-password' }, /ADMIN_USERNAME/],
    [{ ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD/],
    [{ LOGIN_LIMIT_PER_IP: '0' }, /LOGIN_LIMIT_PER_IP/],
    [{ TRUST_PROXY: 'proxy.example' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY/],
  ])('refuses %j with a one-line reason', (env, reason) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(reason);
  });

  it('reads TRUST_PROXY as Fastify takes it: off, on, a hop count or trusted addresses', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,loopback,::1' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', 'loopback', '::1']);
  });

  it('never echoes a password in an error', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://root:hunter2@host' })).toThrow(/database name/);
    try {
      loadConfig({ DATABASE_URL: 'mysql://root:hunter2@host' });
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });
});
