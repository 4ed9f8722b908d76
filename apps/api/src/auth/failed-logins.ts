import { Inject, Injectable, Optional } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { FAILED_LOGIN_STORE, FailedLoginStore } from './failed-login-store';
import { MemoryFailedLoginStore } from './memory-failed-login-store';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Failed sign-ins, counted two ways (in this process, or in Redis for every instance when
 * REDIS_URL is set):
 * - per username *and* client address: past the limit that address is refused for that username
 *   (429) until the window ends — guessing from one place stops;
 * - per username from anywhere: past the same number, every attempt for it waits, the wait
 *   doubling with each further failure — guessing from many places slows down, while the owner,
 *   from their own address, still gets in with the right password.
 * Nobody can lock anybody else out. Only failures count, and a success clears its address's count.
 */
@Injectable()
export class FailedLogins {
  /** Replaceable in tests. */
  wait: (ms: number) => Promise<void> = sleep;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(FAILED_LOGIN_STORE) private readonly store: FailedLoginStore = new MemoryFailedLoginStore(),
  ) {}

  /** 429 while this address has used up its failed attempts for `username`; otherwise waits as long as `delayFor` says. */
  async beforeAttempt(username: string, ip: string): Promise<void> {
    const [pair, delay] = await Promise.all([this.store.read(pairKey(username, ip)), this.delayFor(username)]);
    if (pair && pair.failures >= this.config.auth.loginLimit.perUsername) {
      throw DomainError.tooManyRequests((pair.resetAt - Date.now()) / 1000);
    }
    if (delay > 0) await this.wait(delay);
  }

  /** How long an attempt for `username` waits: 0 until the limit, then doubling per failure, capped. */
  async delayFor(username: string): Promise<number> {
    const { perUsername, delayMs, maxDelayMs } = this.config.auth.loginLimit;
    const failures = (await this.store.read(userKey(username)))?.failures ?? 0;
    if (failures < perUsername) return 0;
    return Math.min(maxDelayMs, delayMs * 2 ** Math.min(failures - perUsername, 20));
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    const windowMs = this.config.auth.loginLimit.windowSeconds * 1000;
    await Promise.all([this.store.add(pairKey(username, ip), windowMs), this.store.add(userKey(username), windowMs)]);
  }

  async recordSuccess(username: string, ip: string): Promise<void> {
    await this.store.clear(pairKey(username, ip));
  }
}

const userKey = (username: string) => `u\n${username}`;
const pairKey = (username: string, ip: string) => `p\n${username}\n${ip}`;
