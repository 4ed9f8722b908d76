import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { developmentProgress } from '@wb/contracts';
import { Deed, DeedMilestone } from '../../deeds/deed.entity';
import { DevelopmentRecord } from '../../development/development-record.entity';
import { Meeting, MeetingAttendance } from '../../meetings/meeting.entity';
import { Member } from '../../members/member.entity';
import { Org } from '../../orgs/org.entity';
import { Recruitment } from '../../recruitments/recruitment.entity';
import { ResearchTrip } from '../../research-trips/research-trip.entity';
import { hashPassword } from '../../users/passwords';
import { User } from '../../users/user.entity';
import { VolunteerService, VolunteerServiceMember } from '../../volunteer/volunteer-service.entity';
import { clearTables } from '../clear-tables';
import { DEMO_DEEDS } from './demo-deeds';
import { DEMO_DEVELOPMENT, developmentDates } from './demo-development';
import { DEMO_MEETINGS } from './demo-meetings';
import { BRANCH_MEMBER_KEYS, DEMO_MEMBERS } from './demo-members';
import { DEMO_ORGS } from './demo-orgs';
import { DEMO_RECRUITMENTS } from './demo-recruitments';
import { DEMO_RESEARCH_TRIPS } from './demo-research-trips';
import { DEMO_USERS } from './demo-users';
import { DEMO_VOLUNTEER_SERVICES } from './demo-volunteer-services';

const logger = new Logger('DemoData');

/** Fills an empty database with the demo society; a database that has any org is left alone. */
export async function loadDemoDataIfEmpty(dataSource: DataSource): Promise<boolean> {
  if ((await dataSource.getRepository(Org).count()) > 0) return false;
  await dataSource.transaction((manager) => insertDemoData(manager));
  logger.log(
    `Loaded demo data: ${DEMO_ORGS.length} orgs, ${DEMO_USERS.length} users, ${DEMO_MEMBERS.length} members, ${DEMO_MEETINGS.length} meetings, ` +
      `${DEMO_RECRUITMENTS.length} recruitments, ${DEMO_DEVELOPMENT.length} development records, ${DEMO_RESEARCH_TRIPS.length} research trips, ` +
      `${DEMO_DEEDS.length} deeds, ${DEMO_VOLUNTEER_SERVICES.length} volunteer services`,
  );
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

  await insertPartyWork(manager, orgIds, memberIds);
}

/** The branch's party work: recruitments, the development pipeline, research trips, the deeds they led to, volunteer services. */
async function insertPartyWork(manager: EntityManager, orgIds: Map<string, number>, memberIds: Map<string, number>): Promise<void> {
  const orgId = (key: string) => orgIds.get(key)!;
  const memberId = (key: string) => memberIds.get(key)!;

  await manager.insert(
    Recruitment,
    DEMO_RECRUITMENTS.map(({ member, org, ...fields }) => ({ ...fields, orgId: orgId(org), memberId: memberId(member) })),
  );

  for (const record of DEMO_DEVELOPMENT) {
    const { member, org, ...fields } = record;
    // Stage, next step and due date are computed as the API computes them on every write.
    await manager.save(DevelopmentRecord, manager.create(DevelopmentRecord, { ...fields, ...developmentProgress(developmentDates(record)), orgId: orgId(org), memberId: memberId(member) }));
  }

  const tripIds = new Map<string, number>();
  for (const { key, org, ...fields } of DEMO_RESEARCH_TRIPS) {
    const saved = await manager.save(ResearchTrip, manager.create(ResearchTrip, { ...fields, orgId: orgId(org) }));
    tripIds.set(key, saved.id);
  }

  for (const { org, trip, milestones, ...fields } of DEMO_DEEDS) {
    const saved = await manager.save(Deed, manager.create(Deed, { ...fields, orgId: orgId(org), sourceTripId: trip ? tripIds.get(trip)! : null }));
    await manager.insert(DeedMilestone, milestones.map(([date, progress, note]) => ({ deedId: saved.id, date, progress, note })));
  }

  for (const { org, members, ...fields } of DEMO_VOLUNTEER_SERVICES) {
    const saved = await manager.save(VolunteerService, manager.create(VolunteerService, { ...fields, orgId: orgId(org) }));
    await manager.insert(VolunteerServiceMember, members.map((key) => ({ volunteerServiceId: saved.id, memberId: memberId(key) })));
  }
}
