import { DataSource, In } from 'typeorm';
import { DemoAccount } from '@wb/contracts';
import { Org } from '../../orgs/org.entity';
import { User } from '../../users/user.entity';
import { DEMO_USERS } from './demo-users';

/**
 * The demo accounts that still sign in with their published password: present, enabled, and
 * never reset (a reset, a disabling or a role change bumps the session counter). Shown at start
 * and on the sign-in page, only while DEMO_DATA is on.
 */
export async function usableDemoAccounts(dataSource: DataSource): Promise<DemoAccount[]> {
  const users = await dataSource.getRepository(User).findBy({ username: In(DEMO_USERS.map((demo) => demo.username)), disabled: false, sessionVersion: 1 });
  const orgIds = users.map((user) => user.orgId).filter((id): id is number => id !== null);
  const orgs = orgIds.length ? await dataSource.getRepository(Org).findBy({ id: In(orgIds) }) : [];
  return DEMO_USERS.flatMap((demo) => {
    const user = users.find((candidate) => candidate.username === demo.username);
    if (!user) return [];
    const org = orgs.find((candidate) => candidate.id === user.orgId);
    return [{ username: demo.username, password: demo.password, role: user.role, displayName: user.displayName, org: org?.name ?? null }];
  });
}
