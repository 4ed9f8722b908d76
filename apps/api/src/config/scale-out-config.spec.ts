import { ConfigError, loadConfig } from './config';

const SECRET = 'x'.repeat(32);

describe('scale-out configuration', () => {
  it('keeps login limits in the process unless REDIS_URL is set', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'redis://cache.local:6380/2', JWT_SECRET: SECRET }).redisUrl).toBe('redis://cache.local:6380/2');
    expect(loadConfig({ REDIS_URL: 'rediss://:pw@cache.local', JWT_SECRET: SECRET }).redisUrl).toBe('rediss://:pw@cache.local');
  });

  it('reads replicas of a MySQL primary, taking the primary database name when a URL has none', () => {
    const config = loadConfig({
      DATABASE_URL: 'mysql://wb:pw@primary:3306/wb_prod',
      DATABASE_REPLICA_URLS: 'mysql://reader:r%40d@replica-1:3307/wb_prod, mariadb://reader@replica-2',
    });
    expect(config.database).toEqual({
      kind: 'mysql', host: 'primary', port: 3306, username: 'wb', password: 'pw', database: 'wb_prod',
      replicas: [
        { host: 'replica-1', port: 3307, username: 'reader', password: 'r@d', database: 'wb_prod' },
        { host: 'replica-2', port: 3306, username: 'reader', password: '', database: 'wb_prod' },
      ],
    });
    expect(loadConfig({ DATABASE_URL: 'mysql://wb@primary/wb_prod' }).database).not.toHaveProperty('replicas');
  });

  it.each([
    [{ REDIS_URL: 'cache.local:6379', JWT_SECRET: SECRET }, /^REDIS_URL: .*not a URL/],
    [{ REDIS_URL: 'http://cache.local:6379', JWT_SECRET: SECRET }, /^REDIS_URL: unsupported scheme/],
    [{ REDIS_URL: 'redis://cache.local/sessions', JWT_SECRET: SECRET }, /^REDIS_URL: the path must be a database number/],
    [{ REDIS_URL: 'redis://cache.local:6379' }, /^JWT_SECRET: required with REDIS_URL/],
    [{ DATABASE_REPLICA_URLS: 'mysql://reader@replica/wb' }, /^DATABASE_REPLICA_URLS: read replicas need a mysql/],
    [{ DATABASE_URL: 'mysql://wb@primary/wb', DATABASE_REPLICA_URLS: 'sqlite:copy.sqlite' }, /^DATABASE_REPLICA_URLS: "sqlite:copy.sqlite" is not a mysql/],
    [{ DATABASE_URL: 'mysql://wb@primary/wb', DATABASE_REPLICA_URLS: 'mysql://reader@replica/bad-name' }, /^DATABASE_REPLICA_URLS: the database name/],
  ])('refuses %j with a one-line reason', (env, reason) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(reason);
  });

  it('never echoes a password in an error', () => {
    const attempts = [
      { REDIS_URL: 'redis://:hunter2@', JWT_SECRET: SECRET },
      { DATABASE_URL: 'mysql://wb@primary/wb', DATABASE_REPLICA_URLS: 'mysql://reader:hunter2@replica/bad-name' },
      { DATABASE_URL: 'mysql://wb@primary/wb', DATABASE_REPLICA_URLS: 'postgres://reader:hunter2@replica/wb' },
    ];
    for (const env of attempts) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      try {
        loadConfig(env);
      } catch (error) {
        expect((error as Error).message).not.toContain('hunter2');
      }
    }
  });
});
