import { EntityManager } from 'typeorm';
import { AuditAction } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  action: AuditAction;
  resource: string;
  recordId: number;
  before: object | null;
  after: object | null;
}

/** A record as plain JSON for the trail (dates as ISO strings, no functions, no undefined). */
export function snapshot(record: object | null): Record<string, unknown> | null {
  return record === null ? null : (JSON.parse(JSON.stringify(record)) as Record<string, unknown>);
}

/** Appends one entry through the caller's transaction manager, so it commits or rolls back with the change. */
export async function writeAudit(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
  await manager.insert(AuditLog, {
    actorId: actor.userId,
    actorName: actor.name,
    action: entry.action,
    resource: entry.resource,
    recordId: entry.recordId,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
    at: new Date(),
  } as never);
}
