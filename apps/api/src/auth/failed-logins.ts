import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

interface Window {
  failures: number;
  resetAt: number;
}

/** Beyond this many tracked keys, expired windows are swept before a new one is added. */
const SWEEP_ABOVE = 10_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Failed sign-ins, in memory, per process, counted two ways:
 * - per username *and* client address: past the limit that address is refused for that username
 *   (429) until the window ends — guessing from one place stops;
 * - per username from anywhere: past the same number, every attempt for it waits, the wait
 *   doubling with each further failure — guessing from many places slows down, while the owner,
 *   from their own address, still gets in with the right password.
 * Nobody can lock anybody else out. Only failures count, and a success clears its address's count.
 */
@Injectable()
export class FailedLogins {
  private readonly windows = new Map<string, Window>();
  /** Replaceable in tests. */
  wait: (ms: number) => Promise<void> = sleep;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** 429 while this address has used up its failed attempts for `username`; otherwise waits as long as `delayFor` says. */
  async beforeAttempt(username: string, ip: string): Promise<void> {
    const pair = this.current(pairKey(username, ip));
    if (pair && pair.failures >= this.config.auth.loginLimit.perUsername) {
      throw DomainError.tooManyRequests((pair.resetAt - Date.now()) / 1000);
    }
    const delay = this.delayFor(username);
    if (delay > 0) await this.wait(delay);
  }

  /** How long an attempt for `username` waits: 0 until the limit, then doubling per failure, capped. */
  delayFor(username: string): number {
    const { perUsername, delayMs, maxDelayMs } = this.config.auth.loginLimit;
    const failures = this.current(userKey(username))?.failures ?? 0;
    if (failures < perUsername) return 0;
    return Math.min(maxDelayMs, delayMs * 2 ** Math.min(failures - perUsername, 20));
  }

  recordFailure(username: string, ip: string): void {
    this.count(pairKey(username, ip));
    this.count(userKey(username));
  }

  recordSuccess(username: string, ip: string): void {
    this.windows.delete(pairKey(username, ip));
  }

  private count(key: string): void {
    const window = this.current(key);
    if (window) {
      window.failures++;
      return;
    }
    if (this.windows.size > SWEEP_ABOVE) this.sweep();
    this.windows.set(key, { failures: 1, resetAt: Date.now() + this.config.auth.loginLimit.windowSeconds * 1000 });
  }

  private current(key: string): Window | undefined {
    const window = this.windows.get(key);
    if (window && window.resetAt <= Date.now()) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

const userKey = (username: string) => `u\n${username}`;
const pairKey = (username: string, ip: string) => `p\n${username}\n${ip}`;
