import { EntityManager } from 'typeorm';
import { AuditAction } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { insertRows } from '../common/crud/multi-row-insert';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  action: AuditAction;
  resource: string;
  recordId: number | null;
  before: object | null;
  after: object | null;
}

/** Who an entry is about when nobody is signed in yet (a sign-in attempt). */
export interface AuditSubject {
  userId: number | null;
  name: string;
  ip?: string | null;
}

/** A record as plain JSON for the trail (dates as ISO strings, no functions, no undefined). */
export function snapshot(record: object | null): Record<string, unknown> | null {
  return record === null ? null : (JSON.parse(JSON.stringify(record)) as Record<string, unknown>);
}

/** An audit_logs row: who, from where, what, and the record before and after. */
function auditRow(actor: Actor | AuditSubject, entry: AuditEntry, before: unknown, after: unknown, at: Date) {
  return { actorId: actor.userId, actorName: actor.name, ip: actor.ip ?? null, action: entry.action, resource: entry.resource, recordId: entry.recordId, before, after, at };
}

/** Appends one entry through the caller's transaction manager, so it commits or rolls back with the change. */
export async function writeAudit(manager: EntityManager, actor: Actor | AuditSubject, entry: AuditEntry): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(AuditLog)
    .values(auditRow(actor, entry, snapshot(entry.before), snapshot(entry.after), new Date()) as never)
    .updateEntity(false)
    .execute();
}

/**
 * Many entries of one actor (an import's creates), up to `batch` per statement: the caller's batch
 * of records, so that a full batch's statement is the one prepared for every batch.
 */
export async function writeAuditMany(manager: EntityManager, actor: Actor, entries: AuditEntry[], batch = 1000): Promise<void> {
  const at = new Date();
  // stored as JSON text, which is what snapshot() would give: no round trip needed
  const rows = entries.map((entry) => auditRow(actor, entry, entry.before, entry.after, at));
  await insertRows(manager, AuditLog, rows, batch);
}
