import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Meeting, MeetingAttendance } from '../../meetings/meeting.entity';
import { Member } from '../../members/member.entity';
import { Org } from '../../orgs/org.entity';
import { hashPassword } from '../../users/passwords';
import { User } from '../../users/user.entity';
import { clearTables } from '../clear-tables';
import { DEMO_MEETINGS } from './demo-meetings';
import { BRANCH_MEMBER_KEYS, DEMO_MEMBERS } from './demo-members';
import { DEMO_ORGS } from './demo-orgs';
import { DEMO_USERS } from './demo-users';

const logger = new Logger('DemoData');

/** Fills an empty database with the demo society; a database that has any org is left alone. */
export async function loadDemoDataIfEmpty(dataSource: DataSource): Promise<boolean> {
  if ((await dataSource.getRepository(Org).count()) > 0) return false;
  await dataSource.transaction((manager) => insertDemoData(manager));
  logger.log(`Loaded demo data: ${DEMO_ORGS.length} orgs, ${DEMO_USERS.length} users, ${DEMO_MEMBERS.length} members, ${DEMO_MEETINGS.length} meetings`);
  return true;
}

/** `npm run seed:demo`: empties the tables and loads the demo data again. */
export async function reloadDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await clearTables(manager);
    await insertDemoData(manager);
  });
  logger.log('Reloaded demo data');
}

async function insertDemoData(manager: EntityManager): Promise<void> {
  const orgIds = new Map<string, number>();
  const orgPaths = new Map<string, string>();
  for (const demo of DEMO_ORGS) {
    const parentId = demo.parent ? orgIds.get(demo.parent)! : null;
    const saved = await manager.save(Org, manager.create(Org, { name: demo.name, type: demo.type, parentId, path: '' }));
    const path = `${demo.parent ? orgPaths.get(demo.parent)! : '/'}${saved.id}/`;
    await manager.update(Org, { id: saved.id }, { path });
    orgIds.set(demo.key, saved.id);
    orgPaths.set(demo.key, path);
  }

  for (const { org, password, ...fields } of DEMO_USERS) {
    // An account of that name (e.g. the ADMIN_USERNAME administrator) is kept as it is.
    if (await manager.createQueryBuilder(User, 'u').withDeleted().where('u.username = :name', { name: fields.username }).getCount()) continue;
    await manager.insert(User, { ...fields, orgId: org ? orgIds.get(org)! : null, disabled: false, passwordHash: await hashPassword(password), sessionVersion: 1, version: 1 });
  }

  const memberIds = new Map<string, number>();
  for (const { key, org, ...fields } of DEMO_MEMBERS) {
    const saved = await manager.save(Member, manager.create(Member, { ...fields, orgId: orgIds.get(org)! }));
    memberIds.set(key, saved.id);
  }

  for (const { org, attendance, ...fields } of DEMO_MEETINGS) {
    const saved = await manager.save(Meeting, manager.create(Meeting, { ...fields, session: fields.session ?? null, orgId: orgIds.get(org)! }));
    if (!attendance) continue;
    await manager.insert(
      MeetingAttendance,
      BRANCH_MEMBER_KEYS.map((key) => {
        const status = attendance.absent[key] ?? 'present';
        return { meetingId: saved.id, memberId: memberIds.get(key)!, status, reason: status === 'leave' ? '因公出差' : status === 'absent' ? '未说明' : null };
      }),
    );
  }
}
