import { FailedLoginStore, FailureWindow } from './failed-login-store';

/** Beyond this many tracked keys, expired windows are swept before a new one is added. */
const SWEEP_ABOVE = 10_000;

/** Failure counts in this process only: right for a single instance. */
export class MemoryFailedLoginStore implements FailedLoginStore {
  private readonly windows = new Map<string, FailureWindow>();

  async add(key: string, windowMs: number): Promise<void> {
    const window = this.current(key);
    if (window) {
      window.failures++;
      return;
    }
    if (this.windows.size > SWEEP_ABOVE) this.sweep();
    this.windows.set(key, { failures: 1, resetAt: Date.now() + windowMs });
  }

  async read(key: string): Promise<FailureWindow | undefined> {
    const window = this.current(key);
    return window && { ...window };
  }

  async clear(key: string): Promise<void> {
    this.windows.delete(key);
  }

  private current(key: string): FailureWindow | undefined {
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
