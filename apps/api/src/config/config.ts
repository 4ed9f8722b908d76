import { isIP } from 'node:net';
import { dirname, resolve } from 'node:path';
import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '@wb/contracts';

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | ({ kind: 'mysql' } & MysqlServer & { replicas?: MysqlServer[] });

/** One MySQL/MariaDB server; `replicas` (DATABASE_REPLICA_URLS) take the reads outside transactions. */
export interface MysqlServer {
  host: string;
  port: number;
  username: string;
  password: string;
  database: string;
}

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  /** Load the demo data into an empty database at start. */
  demoData: boolean;
  /** Browser origins allowed to call the API from elsewhere (the admin itself is same-origin). */
  corsOrigins: string[];
  /** Built admin to serve at `/`; absent in API-only runs. */
  adminDist: string;
  /**
   * TRUST_PROXY, Fastify's `trustProxy`: which proxies' X-Forwarded-For is believed, so that the
   * client address (login limits, audit) is the real client's and not the proxy's.
   */
  trustProxy: boolean | number | string[];
  auth: AuthConfig;
  /** Where attachments' bytes are kept. */
  files: FilesConfig;
  /** REDIS_URL: login limits shared by every instance; without it they are counted per process. */
  redisUrl?: string;
}

/**
 * FILES_DIR (default: `files` in the data directory), or S3-compatible object storage when
 * S3_ENDPOINT and S3_BUCKET are set (with S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION).
 */
export type FilesConfig =
  | { kind: 'local'; dir: string }
  | { kind: 's3'; endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

export interface AuthConfig {
  /** JWT_SECRET; when absent a secret is generated once into `secretFile`. */
  jwtSecret?: string;
  secretFile: string;
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
  /** ADMIN_USERNAME / ADMIN_PASSWORD: the administrator created or reset at start. */
  admin?: { username: string; password: string };
  /**
   * Per window: login attempts from one client address (`perIp`), and failed attempts for one
   * username from one address (`perUsername`; past it that address is refused for that username).
   * From `perUsername` failures on a username from anywhere, each attempt for it waits
   * `delayMs`, doubling with each further failure up to `maxDelayMs`: slowed, never locked.
   */
  loginLimit: { perIp: number; perUsername: number; windowSeconds: number; delayMs: number; maxDelayMs: number };
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

/** REDIS_URL: redis://[user:pass@]host[:port][/db], or rediss:// for TLS. */
export function parseRedisUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    if (!url.includes('://')) throw new TypeError('no scheme');
    parsed = new URL(url);
  } catch {
    throw new ConfigError(`REDIS_URL: "${redact(url)}" is not a URL like redis://127.0.0.1:6379/0`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new ConfigError(`REDIS_URL: unsupported scheme "${parsed.protocol}"; use redis://host:port/db (or rediss:// for TLS)`);
  }
  if (!parsed.hostname) throw new ConfigError('REDIS_URL: needs a host, e.g. redis://127.0.0.1:6379');
  if (!/^\/?(\d{1,2})?$/.test(parsed.pathname)) throw new ConfigError(`REDIS_URL: the path must be a database number like /0, not "${parsed.pathname}"`);
  return url;
}

/**
 * DATABASE_REPLICA_URLS: comma-separated mysql:// URLs of read replicas of the DATABASE_URL server.
 * A URL without a database name reads the primary's database.
 */
export function parseReplicaUrls(value: string | undefined, primary: DatabaseConfig): MysqlServer[] | undefined {
  if (!value || !value.trim()) return undefined;
  if (primary.kind !== 'mysql') throw new ConfigError('DATABASE_REPLICA_URLS: read replicas need a mysql:// DATABASE_URL');
  return value.split(',').map((entry) => {
    const trimmed = entry.trim();
    if (!/^(mysql|mariadb):\/\//.test(trimmed)) throw new ConfigError(`DATABASE_REPLICA_URLS: "${redact(trimmed)}" is not a mysql:// URL`);
    const withDatabase = /^[a-z]+:\/\/[^/]+\/?$/.test(trimmed) ? `${trimmed.replace(/\/$/, '')}/${primary.database}` : trimmed;
    let replica: DatabaseConfig;
    try {
      replica = parseDatabaseUrl(withDatabase);
    } catch (error) {
      throw new ConfigError(`DATABASE_REPLICA_URLS: ${(error as Error).message.replace(/^DATABASE_URL: /, '')}`);
    }
    const { kind: _kind, ...server } = replica as Extract<DatabaseConfig, { kind: 'mysql' }>;
    return server;
  });
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

function parsePositiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new ConfigError(`${name}: "${value}" is not a positive whole number`);
  return Number(value);
}

function parseAuth(env: NodeJS.ProcessEnv, database: DatabaseConfig): AuthConfig {
  const jwtSecret = env.JWT_SECRET || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET: must be at least 32 characters (e.g. openssl rand -hex 32)');
  }
  const username = env.ADMIN_USERNAME || undefined;
  const password = env.ADMIN_PASSWORD || undefined;
  if ((username === undefined) !== (password === undefined)) {
    throw new ConfigError('ADMIN_USERNAME and ADMIN_PASSWORD: set both or neither');
  }
  if (username !== undefined && !USERNAME_PATTERN.test(username)) {
    throw new ConfigError('ADMIN_USERNAME: 3-32 letters, digits, dot, dash or underscore');
  }
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    throw new ConfigError(`ADMIN_PASSWORD: at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return {
    jwtSecret,
    secretFile: resolve(dataDirectory(database), 'jwt-secret'),
    accessTokenSeconds: parsePositiveInt('ACCESS_TOKEN_SECONDS', env.ACCESS_TOKEN_SECONDS, 15 * 60),
    refreshTokenSeconds: parsePositiveInt('REFRESH_TOKEN_SECONDS', env.REFRESH_TOKEN_SECONDS, 30 * 24 * 3600),
    admin: username && password ? { username, password } : undefined,
    loginLimit: {
      perIp: parsePositiveInt('LOGIN_LIMIT_PER_IP', env.LOGIN_LIMIT_PER_IP, 60),
      perUsername: parsePositiveInt('LOGIN_LIMIT_PER_USERNAME', env.LOGIN_LIMIT_PER_USERNAME, 5),
      windowSeconds: 15 * 60,
      delayMs: 500,
      maxDelayMs: 8000,
    },
  };
}

/** Where the API keeps its own files: next to the SQLite file, else the default data directory. */
function dataDirectory(database: DatabaseConfig): string {
  return database.kind === 'sqlite' && database.path !== ':memory:' ? dirname(database.path) : dirname(DEFAULT_SQLITE_PATH);
}

function parseFiles(env: NodeJS.ProcessEnv, database: DatabaseConfig): FilesConfig {
  const { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = env;
  if (!endpoint && !bucket) return { kind: 'local', dir: env.FILES_DIR ? resolve(env.FILES_DIR) : resolve(dataDirectory(database), 'files') };
  if (!endpoint || !bucket) throw new ConfigError('S3_ENDPOINT and S3_BUCKET: set both for object storage, or neither for files in the data directory');
  if (!/^https?:\/\/[^\s/]+/.test(endpoint)) throw new ConfigError(`S3_ENDPOINT: "${endpoint}" is not a URL like https://s3.example.org or http://127.0.0.1:9000`);
  if (!accessKeyId || !secretAccessKey) throw new ConfigError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: needed with S3_ENDPOINT');
  return { kind: 's3', endpoint, bucket, region: env.S3_REGION || 'us-east-1', accessKeyId, secretAccessKey };
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === '' || /^(false|0|no)$/i.test(value)) return false;
  if (/^(true|yes)$/i.test(value)) return true;
  if (/^\d{1,2}$/.test(value)) return Number(value);
  return value.split(',').map((entry) => {
    const trimmed = entry.trim();
    const [address, bits, extra] = trimmed.split('/');
    const cidrOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 6 ? 128 : 32));
    if (!(PROXY_NAMES.includes(trimmed) || (isIP(address) && cidrOk && extra === undefined))) {
      throw new ConfigError(`TRUST_PROXY: "${trimmed}" is not an address, a CIDR range or one of ${PROXY_NAMES.join(', ')} (or use true, or a hop count)`);
    }
    return trimmed;
  });
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/** Reads and checks the environment once, at boot. Throws ConfigError with a one-line reason. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const primary = parseDatabaseUrl(env.DATABASE_URL);
  const replicas = parseReplicaUrls(env.DATABASE_REPLICA_URLS, primary);
  const database: DatabaseConfig = replicas && primary.kind === 'mysql' ? { ...primary, replicas } : primary;
  const redisUrl = parseRedisUrl(env.REDIS_URL);
  // Instances that share login limits must also share the key that signs their tokens.
  if (redisUrl && !env.JWT_SECRET) throw new ConfigError('JWT_SECRET: required with REDIS_URL, so that every instance signs and checks tokens with the same key');
  return {
    port: parsePort(env.PORT),
    database,
    demoData: parseBoolean('DEMO_DATA', env.DEMO_DATA, true),
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
    adminDist: env.ADMIN_DIST ? resolve(env.ADMIN_DIST) : resolve(ROOT, 'apps/admin/dist'),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    auth: parseAuth(env, database),
    files: parseFiles(env, database),
    ...(redisUrl ? { redisUrl } : {}),
  };
}
