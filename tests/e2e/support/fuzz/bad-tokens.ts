import { sign } from 'jsonwebtoken';

/** Authorization headers that must never get past the guard of a protected route. */
export type BadTokenKind = 'none' | 'garbage' | 'wrong-scheme' | 'expired' | 'tampered' | 'other-secret' | 'alg-none' | 'unknown-user' | 'ended-session' | 'odd-claims';

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * One `Authorization` header (or none) per kind. `valid` is a real access token of `userId`,
 * whose session generation is `sessionVersion`; `secret` is the key the application signs with.
 */
export function badAuthorizations(secret: string, valid: string, userId: number, sessionVersion: number): Record<BadTokenKind, (string | undefined)[]> {
  const now = Math.floor(Date.now() / 1000);
  const signed = (claims: object) => `Bearer ${sign(claims, secret, { algorithm: 'HS256', noTimestamp: true })}`;
  const [header, payload, signature] = valid.split('.');
  return {
    none: [undefined, '', 'Bearer', 'Bearer '],
    garbage: ['Bearer abc', `Bearer ${'x'.repeat(9000)}`, 'Bearer a.b.c', 'Bearer ....', 'Bearer 😀.😀.😀', `Bearer ${valid} extra`, `Bearer\t${valid}`],
    'wrong-scheme': [`Basic ${Buffer.from('admin:e2e-admin-password').toString('base64')}`, `Token ${valid}`, valid],
    expired: [signed({ sub: userId, sv: sessionVersion, iat: now - 7200, exp: now - 3600 }), signed({ sub: userId, sv: sessionVersion, exp: 1 })],
    tampered: [
      `Bearer ${header}.${base64url({ sub: userId + 1, sv: sessionVersion })}.${signature}`,
      `Bearer ${header}.${payload}.${signature.slice(0, -2)}AA`,
      `Bearer ${base64url({ alg: 'HS512', typ: 'JWT' })}.${payload}.${signature}`,
    ],
    'other-secret': [`Bearer ${sign({ sub: userId, sv: sessionVersion }, 'another-secret-of-at-least-thirty-two-chars', { algorithm: 'HS256' })}`],
    'alg-none': [`Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: userId, sv: sessionVersion })}.`],
    'unknown-user': [signed({ sub: 2_000_000_000, sv: 1 }), signed({ sub: 999_999, sv: sessionVersion })],
    'ended-session': [signed({ sub: userId, sv: sessionVersion + 7 })],
    // Signed with the real key but with claims of the wrong shape: the lookup must not match anyone.
    'odd-claims': [
      signed({ sv: sessionVersion }),
      signed({ sub: null, sv: sessionVersion }),
      signed({ sub: String(userId), sv: String(sessionVersion) }),
      signed({ sub: { $gt: 0 }, sv: sessionVersion }),
      signed({ sub: [userId], sv: sessionVersion }),
      signed({ sub: `${userId} OR 1=1`, sv: sessionVersion }),
      signed({ sub: userId }),
    ],
  };
}
