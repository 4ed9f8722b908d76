/** An open counting window: how many failures so far, and when (epoch ms) the window closes. */
export interface FailureWindow {
  failures: number;
  resetAt: number;
}

/**
 * Where FailedLogins keeps its counts: in this process (the default) or in Redis (REDIS_URL), so
 * that every instance behind a proxy sees the same counts. Windows are fixed: the first failure
 * opens one of `windowMs`, later failures add to it, and it is gone once it closes.
 */
export interface FailedLoginStore {
  /** Adds one failure to `key`, opening a window of `windowMs` when none is open. */
  add(key: string, windowMs: number): Promise<void>;
  /** The open window of `key`, if any. */
  read(key: string): Promise<FailureWindow | undefined>;
  clear(key: string): Promise<void>;
}

/** Injection token for the FailedLoginStore in use. */
export const FAILED_LOGIN_STORE = Symbol('FAILED_LOGIN_STORE');
