import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Role } from '@wb/contracts';
import { TrackedEntity } from '../common/base.entity';
import { Org } from '../orgs/org.entity';

@Entity('users')
export class User extends TrackedEntity {
  @Index('uq_users_username', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  username: string;

  @Column({ type: 'varchar', length: 50 })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  /** The org whose subtree a secretary or staff member works in; optional for admins and leaders. */
  @Column({ type: 'int', nullable: true })
  orgId: number | null;

  @ManyToOne(() => Org, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'orgId' })
  org?: Org | null;

  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  /** argon2id; never leaves the service. */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash?: string;

  /** Bumped on password reset and disabling: access tokens carrying an older value stop working. */
  @Column({ type: 'int', default: 1 })
  sessionVersion: number;
}

/** One refresh token (stored as a SHA-256 hash); rotated on every use, revoked on logout. */
@Entity('refresh_tokens')
export class RefreshToken {
  @Column({ type: 'int', primary: true, generated: 'increment' })
  id: number;

  @Index('idx_refresh_user')
  @Column({ type: 'int' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Index('uq_refresh_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index('idx_refresh_expires')
  @Column({ type: 'datetime' })
  expiresAt: Date;

  /** Spent: by rotation (then `replacedAt` is set too), by sign-out, or when the user's sessions ended. */
  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  /** When a refresh replaced it. Presented again soon after, it yields the same successor; later, it is reuse. */
  @Column({ type: 'datetime', nullable: true })
  replacedAt: Date | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
