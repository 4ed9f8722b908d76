import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/config';
import { createApp } from './create-app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: '0.0.0.0' });
  const where = config.database.kind === 'sqlite' ? config.database.path : `${config.database.host}:${config.database.port}/${config.database.database}`;
  new Logger('Workbench').log(`支部工作台 on http://localhost:${config.port} (API /api, docs /api/docs; database ${where})`);
}

main().catch((error: unknown) => {
  console.error(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
