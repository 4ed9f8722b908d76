import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppConfig, DatabaseConfig } from '../../../apps/api/src/config/config';
import { createApp } from '../../../apps/api/src/create-app';
import { clearTables } from '../../../apps/api/src/database/clear-tables';
import { ApiClient } from './api-client';
import { freshTestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  api: ApiClient;
  dataSource: DataSource;
  database: DatabaseConfig;
  /** Empties every table (between tests). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The real application on a fresh database of the run's kind, without demo data. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await freshTestDatabase();
  const config: AppConfig = {
    port: 0,
    database,
    demoData: false,
    corsOrigins: ['http://localhost:5173'],
    adminDist: '/nonexistent-admin-dist',
    ...overrides,
  };
  const app = await createApp(config, false);
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  return {
    app,
    api: new ApiClient(app),
    dataSource,
    database,
    reset: () => dataSource.transaction((manager) => clearTables(manager)),
    close: () => app.close(),
  };
}
