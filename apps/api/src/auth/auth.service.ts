import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Me, permissionsOf, seesEverything, TokenPair } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Org } from '../orgs/org.entity';
import { verifyPassword } from '../users/passwords';
import { FailedLogins } from './failed-logins';
import { RefreshToken, User } from '../users/user.entity';

/** What an access token carries: the user and the session generation it was issued for. */
export interface AccessClaims {
  sub: number;
  sv: number;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly failedLogins: FailedLogins,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(rawUsername: string, password: string): Promise<TokenPair> {
    const username = rawUsername.trim().toLowerCase();
    this.failedLogins.assertAllowed(username);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok || user.disabled) {
      this.failedLogins.recordFailure(username);
      throw DomainError.unauthenticated('用户名或密码错误');
    }
    this.failedLogins.clear(username);
    return this.dataSource.transaction((manager) => this.issue(manager, user));
  }

  /** Rotates: the presented token is spent. Presenting a spent token ends every session of its user. */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<TokenPair | string> => {
      const stored = await manager.findOneBy(RefreshToken, { tokenHash: sha256(refreshToken) });
      if (!stored || stored.expiresAt.getTime() <= Date.now()) return '登录已过期，请重新登录';
      if (stored.revokedAt) {
        // Reuse of a spent token means it leaked: revoke the whole family (committed, then refused).
        await manager.update(RefreshToken, { userId: stored.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return '登录已失效，请重新登录';
      }
      const user = await manager.findOneBy(User, { id: stored.userId });
      if (!user || user.disabled) return '账号已停用';
      await manager.update(RefreshToken, { id: stored.id }, { revokedAt: new Date() });
      return this.issue(manager, user);
    });
    if (typeof outcome === 'string') throw DomainError.unauthenticated(outcome);
    return outcome;
  }

  async logout(refreshToken: string): Promise<void> {
    await this.dataSource
      .getRepository(RefreshToken)
      .update({ tokenHash: sha256(refreshToken), revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** The user behind a valid access token, or 401: bad or expired token, disabled or deleted user, ended session. */
  async authenticate(token: string): Promise<User> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw DomainError.unauthenticated(expired ? '登录已过期，请重新登录' : '登录凭证无效，请重新登录');
    }
    const user = await this.dataSource.getRepository(User).findOneBy({ id: claims.sub });
    if (!user || user.disabled || user.sessionVersion !== claims.sv) throw DomainError.unauthenticated('账号已停用或登录已失效，请重新登录');
    return user;
  }

  actorOf(user: User): Actor {
    return {
      userId: user.id,
      name: user.displayName,
      role: user.role,
      // A secretary or staff member without an org sees nothing rather than everything.
      scope: seesEverything(user.role) ? { kind: 'all' } : { kind: 'subtrees', orgIds: user.orgId == null ? [] : [user.orgId] },
    };
  }

  async me(userId: number): Promise<Me> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const org = user.orgId == null ? null : await this.dataSource.getRepository(Org).findOneBy({ id: user.orgId });
    const { passwordHash: _h, sessionVersion: _s, ...visible } = user;
    return {
      user: { ...visible, createdAt: user.createdAt.toISOString(), updatedAt: user.updatedAt.toISOString() } as Me['user'],
      org: org && { id: org.id, name: org.name },
      permissions: permissionsOf(user.role),
    };
  }

  private async issue(manager: EntityManager, user: User): Promise<TokenPair> {
    const { accessTokenSeconds, refreshTokenSeconds } = this.config.auth;
    const accessToken = await this.jwt.signAsync({ sub: user.id, sv: user.sessionVersion } satisfies AccessClaims, { expiresIn: accessTokenSeconds });
    const refreshToken = randomBytes(32).toString('base64url');
    const now = Date.now();
    await manager.insert(RefreshToken, {
      userId: user.id,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(now + refreshTokenSeconds * 1000),
      revokedAt: null,
      createdAt: new Date(now),
    });
    return { accessToken, expiresIn: accessTokenSeconds, refreshToken };
  }
}
