import { loadConfig } from '../config/config';
import { DomainError } from '../common/errors/domain-error';
import { FailedLogins } from './failed-logins';

describe('FailedLogins', () => {
  const config = loadConfig({});
  const make = () => {
    const logins = new FailedLogins({ ...config, auth: { ...config.auth, loginLimit: { ...config.auth.loginLimit, perUsername: 3, delayMs: 100, maxDelayMs: 1000 } } });
    const waits: number[] = [];
    logins.wait = async (ms) => {
      waits.push(ms);
    };
    return { logins, waits };
  };

  it('refuses one address after its failures for a username, and no other address', async () => {
    const { logins } = make();
    for (let i = 0; i < 3; i++) logins.recordFailure('staff', '10.0.0.6');
    await expect(logins.beforeAttempt('staff', '10.0.0.6')).rejects.toBeInstanceOf(DomainError);
    await expect(logins.beforeAttempt('staff', '10.0.0.7')).resolves.toBeUndefined();
    await expect(logins.beforeAttempt('leader', '10.0.0.6')).resolves.toBeUndefined();
  });

  it('slows a username down from anywhere, doubling up to the cap, without refusing it', async () => {
    const { logins, waits } = make();
    const delays = [];
    for (let i = 0; i < 8; i++) {
      delays.push(logins.delayFor('staff'));
      logins.recordFailure('staff', `10.1.0.${i}`);
    }
    expect(delays).toEqual([0, 0, 0, 100, 200, 400, 800, 1000]);
    await logins.beforeAttempt('staff', '10.1.0.99');
    expect(waits).toEqual([1000]);
  });

  it('clears an address after its success, but not the username-wide slow-down', async () => {
    const { logins } = make();
    for (let i = 0; i < 3; i++) logins.recordFailure('staff', '10.0.0.1');
    logins.recordSuccess('staff', '10.0.0.1');
    await expect(logins.beforeAttempt('staff', '10.0.0.1')).resolves.toBeUndefined();
    expect(logins.delayFor('staff')).toBe(100);
  });
});
