import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config/config';
import { recountFacts } from '../reports/report-facts';
import { dataSourceOptions } from './data-source-options';

/**
 * `npm run facts:recount`: counts the annual report's figures (`report_facts`) afresh from the
 * records, for after records were written, changed or removed in SQL, around the API.
 */
async function main(): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(loadConfig().database)).initialize();
  try {
    await dataSource.transaction((manager) => recountFacts(manager));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const prefix = error instanceof ConfigError ? 'Configuration error' : 'Recount failed';
  console.error(`${prefix}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
