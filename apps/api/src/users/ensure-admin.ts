import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthConfig } from '../config/config';
import { hashPassword } from './passwords';
import { User } from './user.entity';
import { endSessions } from './users.service';

/**
 * ADMIN_USERNAME / ADMIN_PASSWORD: creates that administrator, or resets an existing account of
 * that name to an enabled admin with that password (ending its sessions).
 */
export async function ensureAdmin(dataSource: DataSource, auth: AuthConfig): Promise<void> {
  if (!auth.admin) return;
  const username = auth.admin.username.toLowerCase();
  const passwordHash = await hashPassword(auth.admin.password);
  await dataSource.transaction(async (manager) => {
    const existing = await manager.createQueryBuilder(User, 'u').withDeleted().where('u.username = :username', { username }).getOne();
    if (existing) {
      await manager.update(User, { id: existing.id }, { passwordHash, role: 'admin', disabled: false, deletedAt: null });
      await endSessions(manager, existing.id);
    } else {
      await manager.insert(User, { username, displayName: '管理员', role: 'admin', orgId: null, disabled: false, passwordHash, sessionVersion: 1, version: 1 });
    }
  });
  new Logger('Auth').log(`Administrator "${username}" is ready`);
}
