import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

interface Window {
  failures: number;
  resetAt: number;
}

/** Beyond this many tracked usernames, expired windows are swept before a new one is added. */
const SWEEP_ABOVE = 10_000;

/**
 * Failed sign-ins per username (in memory, per process). Only failures count, so a user signing
 * in on a laptop and a phone is never locked out; guessing one account's password is.
 */
@Injectable()
export class FailedLogins {
  private readonly windows = new Map<string, Window>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** 429 while `username` has used up its failed attempts in the current window. */
  assertAllowed(username: string): void {
    const window = this.current(username);
    if (window && window.failures >= this.config.auth.loginLimit.perUsername) {
      throw DomainError.tooManyRequests((window.resetAt - Date.now()) / 1000);
    }
  }

  recordFailure(username: string): void {
    const window = this.current(username);
    if (window) {
      window.failures++;
      return;
    }
    if (this.windows.size > SWEEP_ABOVE) this.sweep();
    this.windows.set(username, { failures: 1, resetAt: Date.now() + this.config.auth.loginLimit.windowSeconds * 1000 });
  }

  clear(username: string): void {
    this.windows.delete(username);
  }

  private current(username: string): Window | undefined {
    const window = this.windows.get(username);
    if (window && window.resetAt <= Date.now()) {
      this.windows.delete(username);
      return undefined;
    }
    return window;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [username, window] of this.windows) if (window.resetAt <= now) this.windows.delete(username);
  }
}
