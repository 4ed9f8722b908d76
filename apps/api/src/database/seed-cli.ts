import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/config';
import { dataSourceOptions } from './data-source-options';
import { reloadDemoData } from './demo/load-demo-data';
import { ensureDatabase } from './ensure-database';
import { ensureAdmin } from '../users/ensure-admin';

/** `npm run seed:demo`: migrate the configured database and load the demo data afresh. */
async function main(): Promise<void> {
  const config = loadConfig();
  await ensureDatabase(config.database);
  const dataSource = await new DataSource(dataSourceOptions(config.database)).initialize();
  try {
    await reloadDemoData(dataSource);
    await ensureAdmin(dataSource, config.auth);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const prefix = error instanceof ConfigError ? 'Configuration error' : 'Seeding failed';
  console.error(`${prefix}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
