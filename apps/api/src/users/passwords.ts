import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

let dummy: Promise<string> | undefined;

/**
 * Checks a password. With no stored hash (unknown user) it still runs one verification against
 * a throwaway hash, so a wrong username takes as long as a wrong password.
 */
export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  dummy ??= hashPassword('not-a-real-password');
  try {
    const ok = await argon2.verify(hash ?? (await dummy), password);
    return ok && hash !== undefined;
  } catch {
    return false;
  }
}
