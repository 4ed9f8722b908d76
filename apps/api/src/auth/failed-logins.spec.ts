import { useThrowawayRedis } from '../testing/redis-server';
import { loadConfig } from '../config/config';
import { DomainError } from '../common/errors/domain-error';
import { FailedLoginStore } from './failed-login-store';
import { FailedLogins } from './failed-logins';
import { MemoryFailedLoginStore } from './memory-failed-login-store';
import { RedisFailedLoginStore } from './redis-failed-login-store';

const redis = useThrowawayRedis();

/** A fresh Redis connection on a database emptied first, so that each test starts from no counts. */
async function redisStore(): Promise<RedisFailedLoginStore> {
  return new RedisFailedLoginStore(await redis.connect({ flush: true }));
}

const stores: [string, () => Promise<FailedLoginStore>][] = [
  ['in memory', async () => new MemoryFailedLoginStore()],
  ['in Redis', redisStore],
];

describe.each(stores)('FailedLogins %s', (_name, makeStore) => {
  const config = loadConfig({});
  const limited = (store: FailedLoginStore) => {
    const logins = new FailedLogins({ ...config, auth: { ...config.auth, loginLimit: { ...config.auth.loginLimit, perUsername: 3, delayMs: 100, maxDelayMs: 1000 } } }, store);
    const waits: number[] = [];
    logins.wait = async (ms) => {
      waits.push(ms);
    };
    return { logins, waits };
  };
  const make = async () => limited(await makeStore());

  it('refuses one address after its failures for a username, and no other address', async () => {
    const { logins } = await make();
    for (let i = 0; i < 3; i++) await logins.recordFailure('staff', '10.0.0.6');
    await expect(logins.beforeAttempt('staff', '10.0.0.6')).rejects.toBeInstanceOf(DomainError);
    await expect(logins.beforeAttempt('staff', '10.0.0.7')).resolves.toBeUndefined();
    await expect(logins.beforeAttempt('leader', '10.0.0.6')).resolves.toBeUndefined();
  });

  it('says how long the refusal lasts: the rest of the window', async () => {
    const { logins } = await make();
    for (let i = 0; i < 3; i++) await logins.recordFailure('staff', '10.0.0.6');
    const refusal = await logins.beforeAttempt('staff', '10.0.0.6').catch((error: DomainError) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    const retryAfter = Number((refusal as DomainError).retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  it('slows a username down from anywhere, doubling up to the cap, without refusing it', async () => {
    const { logins, waits } = await make();
    const delays = [];
    for (let i = 0; i < 8; i++) {
      delays.push(await logins.delayFor('staff'));
      await logins.recordFailure('staff', `10.1.0.${i}`);
    }
    expect(delays).toEqual([0, 0, 0, 100, 200, 400, 800, 1000]);
    await logins.beforeAttempt('staff', '10.1.0.99');
    expect(waits).toEqual([1000]);
  });

  it('clears an address after its success, but not the username-wide slow-down', async () => {
    const { logins } = await make();
    for (let i = 0; i < 3; i++) await logins.recordFailure('staff', '10.0.0.1');
    await logins.recordSuccess('staff', '10.0.0.1');
    await expect(logins.beforeAttempt('staff', '10.0.0.1')).resolves.toBeUndefined();
    expect(await logins.delayFor('staff')).toBe(100);
  });

  it('forgets a count once its window has closed', async () => {
    const store = await makeStore();
    await store.add('k', 50);
    await store.add('k', 50);
    expect((await store.read('k'))?.failures).toBe(2);
    while (await store.read('k')) await new Promise((r) => setTimeout(r, 20));
    await store.add('k', 60_000);
    expect((await store.read('k'))?.failures).toBe(1);
  });
});

describe('FailedLogins in Redis, two instances', () => {
  it('count together: failures through one refuse the address through the other', async () => {
    const config = loadConfig({});
    const limits = { ...config, auth: { ...config.auth, loginLimit: { ...config.auth.loginLimit, perUsername: 4 } } };
    const first = new FailedLogins(limits, await redisStore());
    const second = new FailedLogins(limits, await redisStore());
    second.wait = first.wait = async () => undefined;
    await Promise.all([first.recordFailure('staff', '10.0.0.9'), second.recordFailure('staff', '10.0.0.9'), first.recordFailure('staff', '10.0.0.9')]);
    await expect(second.beforeAttempt('staff', '10.0.0.9')).resolves.toBeUndefined();
    await second.recordFailure('staff', '10.0.0.9');
    await expect(first.beforeAttempt('staff', '10.0.0.9')).rejects.toBeInstanceOf(DomainError);
    await expect(second.beforeAttempt('staff', '10.0.0.9')).rejects.toBeInstanceOf(DomainError);
  });
});
