import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@wb/contracts';

/** One change to one record: who, what, before and after. Written in the change's transaction. */
@Entity('audit_logs')
@Index('idx_audit_record', ['resource', 'recordId'])
@Index('idx_audit_at', ['at'])
@Index('idx_audit_actor', ['actorId'])
export class AuditLog {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 100 })
  actorName: string;

  /** The client's address, as Fastify sees it (TRUST_PROXY decides whether a proxy's header counts). */
  @Column({ type: 'varchar', length: 45, nullable: true })
  ip: string | null;

  @Column({ type: 'varchar', length: 16 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 50 })
  resource: string;

  /** Null only for a failed sign-in with an unknown username. */
  @Column({ type: 'int', nullable: true })
  recordId: number | null;

  @Column({ type: 'json', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'json', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;
}
