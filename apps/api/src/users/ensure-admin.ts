import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { writeAudit } from '../audit/audit-trail';
import { SYSTEM_ACTOR } from '../common/context/actor';
import { insertedId } from '../common/crud/inserted-id';
import { AuthConfig } from '../config/config';
import { hashPassword, verifyPassword } from './passwords';
import { User } from './user.entity';
import { endSessions } from './users.service';

/**
 * ADMIN_USERNAME / ADMIN_PASSWORD: creates that administrator, or resets an existing account of
 * that name to an enabled admin with that password (ending its sessions). Either way the audit
 * trail records it: whoever controls the environment controls this account. An account already
 * so (enabled, an admin, that password) is left alone: every instance does this at each start,
 * and a restart must not sign the administrator out or fill the audit trail.
 */
export async function ensureAdmin(dataSource: DataSource, auth: AuthConfig): Promise<void> {
  if (!auth.admin) return;
  const username = auth.admin.username.toLowerCase();
  const passwordHash = await hashPassword(auth.admin.password);
  const ready = await dataSource.transaction(async (manager) => {
    const existing = await manager.createQueryBuilder(User, 'u').withDeleted().addSelect('u.passwordHash').where('u.username = :username', { username }).getOne();
    if (existing && existing.role === 'admin' && !existing.disabled && !existing.deletedAt && (await verifyPassword(existing.passwordHash, auth.admin!.password))) return true;
    let id: number;
    if (existing) {
      id = existing.id;
      await manager.update(User, { id }, { passwordHash, role: 'admin', disabled: false, deletedAt: null });
      await endSessions(manager, id);
    } else {
      const result = await manager.insert(User, { username, displayName: '管理员', role: 'admin', orgId: null, disabled: false, passwordHash, sessionVersion: 1, version: 1 });
      id = insertedId(result.raw);
    }
    await writeAudit(manager, SYSTEM_ACTOR, {
      action: 'admin_reset',
      resource: 'users',
      recordId: id,
      before: existing ? { role: existing.role, disabled: existing.disabled, deleted: existing.deletedAt != null } : null,
      after: { username, source: 'ADMIN_USERNAME/ADMIN_PASSWORD' },
    });
    return false;
  });
  new Logger('Auth').log(`Administrator "${username}" is ${ready ? 'ready as it was' : 'ready'}`);
}
