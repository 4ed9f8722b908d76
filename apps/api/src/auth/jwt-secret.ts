import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Logger } from '@nestjs/common';
import { AuthConfig } from '../config/config';

/**
 * JWT_SECRET when set; otherwise a secret generated once into the data directory (mode 0600),
 * so the embedded default works with no configuration and never has a secret in the repo.
 */
export function resolveJwtSecret(auth: AuthConfig): string {
  if (auth.jwtSecret) return auth.jwtSecret;
  if (existsSync(auth.secretFile)) return readFileSync(auth.secretFile, 'utf8').trim();
  mkdirSync(dirname(auth.secretFile), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(auth.secretFile, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  new Logger('Auth').warn(`JWT_SECRET not set: generated one into ${auth.secretFile}. Set JWT_SECRET when running several instances.`);
  return secret;
}
