import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, EntityManager, IsNull, LessThan } from 'typeorm';
import { Me, permissionsOf, seesEverything, TokenPair } from '@wb/contracts';
import { writeAudit } from '../audit/audit-trail';
import { Actor } from '../common/context/actor';
import { DomainError } from '../common/errors/domain-error';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { Org } from '../orgs/org.entity';
import { readRows } from '../common/database/entity-rows';
import { ORG_TREE_VERSION_SQL } from '../common/list-query';
import { readFromPrimary } from '../database/read-from-primary';
import { verifyPassword } from '../users/passwords';
import { endSessions } from '../users/users.service';
import { FailedLogins } from './failed-logins';
import { RefreshToken, User } from '../users/user.entity';

/** What an access token carries: the user and the session generation it was issued for. */
export interface AccessClaims {
  sub: number;
  sv: number;
}

/** The key refresh-token successors are derived with (the JWT secret). */
export const TOKEN_KEY = Symbol('TOKEN_KEY');

/**
 * How long a refresh token that was just replaced still yields its successor. Two tabs refreshing
 * with the same token at once both get the same new one; presented later, it is reuse.
 */
export const REFRESH_GRACE_SECONDS = 30;

/** Who a request acts as: what the guard and the services need of the signed-in user. */
export type SessionUser = Pick<User, 'id' | 'displayName' | 'role' | 'orgId'> & { orgTreeVersion?: number };

/**
 * The session check of every request: one row by primary key, as plain SQL (no query building per
 * request), and from the primary, so a disabled account or ended session stops at once rather than
 * after a replica's lag. It also reads the org tree's version, so that scopes and org filters come
 * from the instance's copy of the tree without a query of their own (`org-tree-cache.ts`).
 */
const SESSION_SQL = `SELECT id, displayName, role, orgId, disabled, sessionVersion, ${ORG_TREE_VERSION_SQL} AS orgTreeVersion FROM users WHERE id = ? AND deletedAt IS NULL`;
interface SessionRow {
  id: number | string;
  displayName: string;
  role: User['role'];
  orgId: number | string | null;
  disabled: number | boolean | string;
  sessionVersion: number | string;
  orgTreeVersion: number | string | null;
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly failedLogins: FailedLogins,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TOKEN_KEY) private readonly tokenKey: string,
  ) {}

  async login(rawUsername: string, password: string, ip: string): Promise<TokenPair> {
    const username = rawUsername.trim().toLowerCase();
    await this.failedLogins.beforeAttempt(username, ip);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user || !ok || user.disabled) {
      await this.failedLogins.recordFailure(username, ip);
      await this.securityEvent({ userId: null, name: username.slice(0, 100), ip }, 'sign_in_failed', user?.id ?? null, { username });
      throw DomainError.unauthenticated('用户名或密码错误');
    }
    await this.failedLogins.recordSuccess(username, ip);
    return this.dataSource.transaction(async (manager) => {
      // Spent refresh tokens are kept until they expire (to recognise reuse), then go.
      await manager.delete(RefreshToken, { expiresAt: LessThan(new Date()) });
      await writeAudit(manager, { userId: user.id, name: user.displayName, ip }, { action: 'sign_in', resource: 'users', recordId: user.id, before: null, after: null });
      return this.issue(manager, user, this.newRefreshToken());
    });
  }

  /**
   * Rotates: the presented token is spent and replaced, atomically (a conditional UPDATE: of two
   * requests presenting it at once, exactly one replaces it). The other, and any request within
   * REFRESH_GRACE_SECONDS, gets the same successor — it is derived from the token, so it need not
   * be stored. A replaced token presented after that is reuse: it leaked, so every session of
   * its user ends, refresh and access tokens alike.
   */
  async refresh(refreshToken: string, ip: string): Promise<TokenPair> {
    // Rotation must see the token as the last instance left it: with read replicas, read the primary.
    return readFromPrimary(this.dataSource, (primary) => this.rotate(primary, refreshToken, ip));
  }

  private async rotate(primary: EntityManager, refreshToken: string, ip: string): Promise<TokenPair> {
    const tokens = primary.getRepository(RefreshToken);
    let stored = await tokens.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!stored || stored.expiresAt.getTime() <= Date.now()) throw DomainError.unauthenticated('登录已过期，请重新登录');
    const successor = this.successorOf(refreshToken);

    if (!stored.revokedAt) {
      const id = stored.id;
      const rotated = await this.dataSource.transaction(async (manager) => {
        const now = new Date();
        const spent = await manager
          .createQueryBuilder()
          .update(RefreshToken)
          .set({ revokedAt: now, replacedAt: now })
          .where('id = :id AND revokedAt IS NULL', { id })
          .execute();
        if (!spent.affected) return null;
        const user = await this.activeUser(manager, stored!.userId);
        return this.issue(manager, user, successor);
      });
      if (rotated) return rotated;
      stored = (await tokens.findOneBy({ id }))!; // another request replaced it just now
    }

    const replacedAgo = stored.replacedAt ? (Date.now() - stored.replacedAt.getTime()) / 1000 : Infinity;
    if (replacedAgo <= REFRESH_GRACE_SECONDS) {
      const next = await tokens.findOneBy({ tokenHash: sha256(successor) });
      if (!next || next.revokedAt || next.expiresAt.getTime() <= Date.now()) throw DomainError.unauthenticated('登录已失效，请重新登录');
      const user = await this.activeUser(primary, stored.userId);
      return { ...(await this.accessToken(user)), refreshToken: successor };
    }
    if (stored.replacedAt) {
      const userId = stored.userId;
      await this.dataSource.transaction(async (manager) => {
        await endSessions(manager, userId);
        await writeAudit(manager, { userId, name: await this.nameOf(manager, userId), ip }, {
          action: 'token_reuse',
          resource: 'users',
          recordId: userId,
          before: null,
          after: { replacedAt: stored!.replacedAt },
        });
      });
    }
    throw DomainError.unauthenticated('登录已失效，请重新登录');
  }

  async logout(refreshToken: string, ip: string): Promise<void> {
    const stored = await readFromPrimary(this.dataSource, (primary) => primary.findOneBy(RefreshToken, { tokenHash: sha256(refreshToken), revokedAt: IsNull() }));
    if (!stored) return;
    await this.dataSource.transaction(async (manager) => {
      const spent = await manager.createQueryBuilder().update(RefreshToken).set({ revokedAt: new Date() }).where('id = :id AND revokedAt IS NULL', { id: stored.id }).execute();
      if (!spent.affected) return;
      await writeAudit(manager, { userId: stored.userId, name: await this.nameOf(manager, stored.userId), ip }, { action: 'sign_out', resource: 'users', recordId: stored.userId, before: null, after: null });
    });
  }

  /** The user behind a valid access token, or 401: bad or expired token, disabled or deleted user, ended session. */
  async authenticate(token: string): Promise<SessionUser> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw DomainError.unauthenticated(expired ? '登录已过期，请重新登录' : '登录凭证无效，请重新登录');
    }
    // Claims of another shape never reach the lookup: `findOneBy({ id: null })` would match the first user.
    if (!Number.isSafeInteger(claims.sub) || !Number.isSafeInteger(claims.sv)) throw DomainError.unauthenticated('登录凭证无效，请重新登录');
    const [row] = (await readRows(this.dataSource.manager, SESSION_SQL, [claims.sub], 'primary')) as unknown as SessionRow[];
    if (!row || Number(row.disabled) || Number(row.sessionVersion) !== claims.sv) throw DomainError.unauthenticated('账号已停用或登录已失效，请重新登录');
    return {
      id: Number(row.id),
      displayName: row.displayName,
      role: row.role,
      orgId: row.orgId == null ? null : Number(row.orgId),
      orgTreeVersion: row.orgTreeVersion == null ? undefined : Number(row.orgTreeVersion),
    };
  }

  actorOf(user: SessionUser, ip: string | null = null): Actor {
    return {
      userId: user.id,
      name: user.displayName,
      role: user.role,
      // A secretary or staff member without an org sees nothing rather than everything.
      scope: seesEverything(user.role) ? { kind: 'all' } : { kind: 'subtrees', orgIds: user.orgId == null ? [] : [user.orgId] },
      ip,
      orgTreeVersion: user.orgTreeVersion,
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

  private async activeUser(manager: EntityManager, id: number): Promise<User> {
    const user = await manager.findOneBy(User, { id });
    if (!user || user.disabled) throw DomainError.unauthenticated('账号已停用');
    return user;
  }

  private async nameOf(manager: EntityManager, userId: number): Promise<string> {
    return (await manager.findOneBy(User, { id: userId }))?.displayName ?? String(userId);
  }

  private securityEvent(subject: { userId: number | null; name: string; ip: string }, action: 'sign_in_failed', recordId: number | null, after: object) {
    return this.dataSource.transaction((manager) => writeAudit(manager, subject, { action, resource: 'users', recordId, before: null, after }));
  }

  private newRefreshToken(): string {
    return randomBytes(32).toString('base64url');
  }

  /** The token that replaces `token`: the same for every request that presents it. */
  private successorOf(token: string): string {
    return createHmac('sha256', this.tokenKey).update(`refresh-successor:${token}`).digest('base64url');
  }

  private async accessToken(user: User): Promise<Omit<TokenPair, 'refreshToken'>> {
    const { accessTokenSeconds } = this.config.auth;
    const accessToken = await this.jwt.signAsync({ sub: user.id, sv: user.sessionVersion } satisfies AccessClaims, { expiresIn: accessTokenSeconds });
    return { accessToken, expiresIn: accessTokenSeconds };
  }

  private async issue(manager: EntityManager, user: User, refreshToken: string): Promise<TokenPair> {
    const now = Date.now();
    await manager.insert(RefreshToken, {
      userId: user.id,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(now + this.config.auth.refreshTokenSeconds * 1000),
      revokedAt: null,
      replacedAt: null,
      createdAt: new Date(now),
    });
    return { ...(await this.accessToken(user)), refreshToken };
  }
}
