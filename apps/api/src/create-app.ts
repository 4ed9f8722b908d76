import { existsSync } from 'node:fs';
import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import { Logger, LoggerService } from '@nestjs/common';
import { Role } from '@wb/contracts';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { resolveJwtSecret } from './auth/jwt-secret';
import { AppConfig } from './config/config';
import { ensureDatabase, whileStartingUp } from './database/ensure-database';
import { usableDemoAccounts } from './database/demo/demo-accounts';
import { loadDemoDataIfEmpty } from './database/demo/load-demo-data';
import { serializeSqliteTransactions } from './database/serialize-sqlite-transactions';
import { setupOpenApi } from './docs/openapi';
import { applySecurityHeaders } from './security/security-headers';
import { ensureAdmin } from './users/ensure-admin';

/** Request bodies larger than this are refused with 413 (meeting minutes are the largest field). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Builds the whole application (API under /api, built admin at /) without listening, so that
 * `main.ts` and the end-to-end tests start exactly the same thing.
 */
export async function createApp(config: AppConfig, logger?: LoggerService | false): Promise<NestFastifyApplication> {
  await ensureDatabase(config.database);
  // instances started together set the database up one at a time (migrations, demo data, admin)
  return whileStartingUp(config.database, () => buildApp(config, logger));
}

async function buildApp(config: AppConfig, logger?: LoggerService | false): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, resolveJwtSecret(config.auth)),
    new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: config.trustProxy }),
    { logger: logger ?? ['log', 'warn', 'error'] },
  );
  app.setGlobalPrefix('api');
  // Spreadsheet imports: one file per request; the size limit is checked where the file is read.
  await app.register(multipart as never, { limits: { files: 1, fields: 5 } });
  // JSON and CSV answers compressed for clients that accept it: a society's year report is 1.8 MB
  // of JSON, about 90 KB gzipped, which a phone feels. Request bodies are not decompressed (a small
  // gzipped body could unpack past the body limit).
  await app.register(compress as never, { encodings: ['br', 'gzip', 'deflate'], globalDecompression: false });
  await applySecurityHeaders(app);
  app.enableCors({
    origin: config.corsOrigins.length ? config.corsOrigins : false,
    exposedHeaders: ['Content-Range', 'X-Total-Count'],
  });
  setupOpenApi(app);
  if (existsSync(config.adminDist)) {
    // the build writes .br and .gz beside each script and stylesheet: sent to browsers that take them
    app.useStaticAssets({ root: config.adminDist, prefix: '/', decorateReply: false, preCompressed: true });
  }
  const dataSource = app.get(DataSource);
  serializeSqliteTransactions(dataSource);
  await app.init();
  if (config.demoData) {
    await loadDemoDataIfEmpty(dataSource);
    const accounts = await usableDemoAccounts(dataSource);
    if (accounts.length) {
      const list = accounts.map((account) => `${account.username} / ${account.password} (${Role.label(account.role)}${account.org ? `, ${account.org}` : ''})`);
      new Logger('DemoData').log(`Demo accounts (DEMO_DATA=true; set DEMO_DATA=false in production): ${list.join('; ')}`);
    }
  }
  await ensureAdmin(dataSource, config.auth);
  return app;
}
