import { MysqlServer } from '../config/config';

/**
 * TypeORM replication for DATABASE_REPLICA_URLS. TypeORM sends a SELECT made outside a transaction
 * to a replica (`defaultMode: 'slave'`); writes, raw queries and everything inside a transaction go
 * to the primary. Code that must see its own or another instance's latest write reads through
 * `readFromPrimary`.
 */
export function replicationOf(primary: MysqlServer, replicas: MysqlServer[]) {
  return {
    master: credentials(primary),
    slaves: replicas.map(credentials),
    defaultMode: 'slave' as const,
    selector: 'RR' as const,
    // A replica that fails is taken out for a while and tried again, not dropped for good.
    removeNodeErrorCount: 3,
    restoreNodeTimeout: 30_000,
  };
}

function credentials({ host, port, username, password, database }: MysqlServer): MysqlServer {
  return { host, port, username, password, database };
}
