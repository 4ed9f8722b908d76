import { resolve } from 'node:path';

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'mysql'; host: string; port: number; username: string; password: string; database: string };

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  /** Load the demo data into an empty database at start. */
  demoData: boolean;
  /** Browser origins allowed to call the API from elsewhere (the admin itself is same-origin). */
  corsOrigins: string[];
  /** Built admin to serve at `/`; absent in API-only runs. */
  adminDist: string;
}

/** A configuration value that cannot work: the process stops with this one-line reason. */
export class ConfigError extends Error {}

const ROOT = resolve(__dirname, '../../../..');
export const DEFAULT_SQLITE_PATH = resolve(ROOT, 'data/workbench.sqlite');

export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { kind: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!path) throw new ConfigError('DATABASE_URL: sqlite:<path> needs a file path, e.g. sqlite:data/workbench.sqlite');
    return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`DATABASE_URL: "${redact(url)}" is not a URL; use sqlite:<path> or mysql://user:pass@host:port/db`);
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new ConfigError(`DATABASE_URL: unsupported scheme "${parsed.protocol}"; use sqlite: or mysql:// (MySQL or MariaDB)`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]{1,64}$/.test(database)) {
    throw new ConfigError('DATABASE_URL: the database name (the path after the host) must be 1-64 letters, digits or _');
  }
  return {
    kind: 'mysql',
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    username: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT: "${value}" is not a port number (1-65535)`);
  }
  return port;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name}: "${value}" is not true or false`);
}

function parseOrigins(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(',').map((origin) => {
    const trimmed = origin.trim();
    if (!/^https?:\/\/[^/\s]+$/.test(trimmed)) {
      throw new ConfigError(`CORS_ORIGINS: "${trimmed}" is not an origin like https://admin.example.org`);
    }
    return trimmed;
  });
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Reads and checks the environment once, at boot. Throws ConfigError with a one-line reason. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: parsePort(env.PORT),
    database: parseDatabaseUrl(env.DATABASE_URL),
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, true),
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    adminDist: env.ADMIN_DIST ? resolve(env.ADMIN_DIST) : resolve(ROOT, 'apps/admin/dist'),
  };
}
