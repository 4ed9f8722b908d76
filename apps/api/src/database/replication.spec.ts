import { loadConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';

describe('database replication options', () => {
  it('adds TypeORM replication only when DATABASE_REPLICA_URLS is set, primary as master', () => {
    const plain = dataSourceOptions(loadConfig({ DATABASE_URL: 'mysql://wb:pw@primary/wb' }).database);
    expect(plain).not.toHaveProperty('replication');
    const replicated = dataSourceOptions(
      loadConfig({ DATABASE_URL: 'mysql://wb:pw@primary/wb', DATABASE_REPLICA_URLS: 'mysql://r@replica-1,mysql://r@replica-2:3307' }).database,
    ) as { replication?: Record<string, unknown> };
    expect(replicated.replication).toMatchObject({
      master: { host: 'primary', port: 3306, username: 'wb', password: 'pw', database: 'wb' },
      slaves: [
        { host: 'replica-1', port: 3306, username: 'r', password: '', database: 'wb' },
        { host: 'replica-2', port: 3307, username: 'r', password: '', database: 'wb' },
      ],
      defaultMode: 'slave',
    });
    // Only credentials reach the pool cluster, not the rest of the configuration.
    expect(Object.keys((replicated.replication as { master: object }).master).sort()).toEqual(['database', 'host', 'password', 'port', 'username']);
  });
});
