import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppConfig, DatabaseConfig, loadConfig } from '../../../apps/api/src/config/config';
import { createApp } from '../../../apps/api/src/create-app';
import { clearTables } from '../../../apps/api/src/database/clear-tables';
import { User } from '../../../apps/api/src/users/user.entity';
import { ApiClient } from './api-client';
import { freshTestDatabase } from './test-database';

export const TEST_ADMIN = { username: 'admin', password: 'e2e-admin-password' };

export interface TestApp {
  app: NestFastifyApplication;
  /** Signed in as the administrator. */
  api: ApiClient;
  /** No token at all. */
  anonymous: ApiClient;
  dataSource: DataSource;
  database: DatabaseConfig;
  /** A client signed in as `username`. */
  login(username: string, password: string): Promise<ApiClient>;
  /** Empties every table but keeps the administrator (same id, same session), so `api` stays signed in. */
  reset(): Promise<void>;
  /** The SQL statements `work` sends to the database, besides the transaction's own BEGIN and COMMIT. */
  queriesOf(work: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/** The real application on a fresh database of the run's kind, without demo data. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await freshTestDatabase();
  const defaults = loadConfig({ JWT_SECRET: 'e2e-secret-of-at-least-thirty-two-characters', ADMIN_USERNAME: TEST_ADMIN.username, ADMIN_PASSWORD: TEST_ADMIN.password });
  const config: AppConfig = {
    ...defaults,
    port: 0,
    database,
    demoData: false,
    corsOrigins: ['http://localhost:5173'],
    adminDist: '/nonexistent-admin-dist',
    files: { kind: 'local', dir: mkdtempSync(join(tmpdir(), 'wb-e2e-files-')) },
    ...overrides,
    // Generous limits: suites sign in often from one address; the throttling test sets its own.
    auth: { ...defaults.auth, loginLimit: { ...defaults.auth.loginLimit, perIp: 1000, perUsername: 1000 }, ...overrides.auth },
  };
  const app = await createApp(config, false);
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  const anonymous = new ApiClient(app);

  const login = async (username: string, password: string) => {
    const response = await anonymous.post('/api/auth/login', { username, password });
    if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${JSON.stringify(response.body)}`);
    return anonymous.withToken(response.body.accessToken);
  };
  const api = await login(TEST_ADMIN.username, TEST_ADMIN.password);
  const adminRow = await dataSource.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.username = :u', { u: TEST_ADMIN.username }).getOneOrFail();

  return {
    app,
    api,
    anonymous,
    dataSource,
    database,
    login,
    reset: () =>
      dataSource.transaction(async (manager) => {
        await clearTables(manager);
        await manager.insert(User, adminRow);
      }),
    queriesOf: async (work) => {
      const logger = dataSource.logger;
      const original = logger.logQuery;
      const queries: string[] = [];
      logger.logQuery = (query: string) => {
        if (!/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET TRANSACTION)/i.test(query.trim())) queries.push(query);
      };
      try {
        await work();
      } finally {
        logger.logQuery = original;
      }
      return queries;
    },
    close: () => app.close(),
  };
}
