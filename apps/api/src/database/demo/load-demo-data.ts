import { Logger } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { developmentProgress, firstAuthorOf } from '@wb/contracts';
import { Deed, DeedMilestone } from '../../deeds/deed.entity';
import { DevelopmentRecord } from '../../development/development-record.entity';
import { JournalPost } from '../../journal/journal-post.entity';
import { Meeting, MeetingAttendance } from '../../meetings/meeting.entity';
import { Member } from '../../members/member.entity';
import { Org } from '../../orgs/org.entity';
import { OutreachActivity } from '../../outreach/outreach-activity.entity';
import { Paper, PaperAuthor } from '../../papers/paper.entity';
import { Recruitment } from '../../recruitments/recruitment.entity';
import { ResearchTrip } from '../../research-trips/research-trip.entity';
import { hashPassword } from '../../users/passwords';
import { User } from '../../users/user.entity';
import { VolunteerService, VolunteerServiceMember } from '../../volunteer/volunteer-service.entity';
import { WriterContact } from '../../writer-contacts/writer-contact.entity';
import { bumpOrgTreeVersion } from '../../common/list-query';
import { clearTables } from '../clear-tables';
import { recountFacts } from '../../reports/report-facts';
import { DEMO_DEEDS } from './demo-deeds';
import { DEMO_DEVELOPMENT, developmentDates } from './demo-development';
import { DEMO_JOURNAL_POSTS, DEMO_WRITER_CONTACTS } from './demo-journal';
import { DEMO_MEETINGS } from './demo-meetings';
import { BRANCH_MEMBER_KEYS, DEMO_MEMBERS } from './demo-members';
import { DEMO_ORGS } from './demo-orgs';
import { DEMO_OUTREACH_ACTIVITIES } from './demo-outreach';
import { DEMO_PAPERS } from './demo-papers';
import { DEMO_RECRUITMENTS } from './demo-recruitments';
import { DEMO_RESEARCH_TRIPS } from './demo-research-trips';
import { DEMO_USERS } from './demo-users';
import { DEMO_VOLUNTEER_SERVICES } from './demo-volunteer-services';

const logger = new Logger('DemoData');

/** Rows per multi-row INSERT: a few hundred keep the statement's parameters well within SQLite's and MySQL's limits. */
const CHUNK = 250;

/** Fills an empty database with the demo society; a database that has any org is left alone. */
export async function loadDemoDataIfEmpty(dataSource: DataSource): Promise<boolean> {
  if ((await dataSource.getRepository(Org).count()) > 0) return false;
  await dataSource.transaction((manager) => insertDemoData(manager));
  logger.log(`Loaded demo data: ${demoCounts()}`);
  return true;
}

function demoCounts(): string {
  return (
    `${DEMO_ORGS.length} orgs, ${DEMO_USERS.length} users, ${DEMO_MEMBERS.length} members, ${DEMO_MEETINGS.length} meetings, ` +
    `${DEMO_RECRUITMENTS.length} recruitments, ${DEMO_DEVELOPMENT.length} development records, ${DEMO_RESEARCH_TRIPS.length} research trips, ` +
    `${DEMO_DEEDS.length} deeds, ${DEMO_VOLUNTEER_SERVICES.length} volunteer services, ${DEMO_PAPERS.length} papers, ` +
    `${DEMO_OUTREACH_ACTIVITIES.length} popular-science activities, ${DEMO_JOURNAL_POSTS.length} journal and website posts, ${DEMO_WRITER_CONTACTS.length} writer contacts`
  );
}

/** `npm run seed:demo`: empties the tables and loads the demo data again. */
export async function reloadDemoData(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await clearTables(manager);
    await insertDemoData(manager);
  });
  logger.log(`Reloaded demo data: ${demoCounts()}`);
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
  await bumpOrgTreeVersion(manager);

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
  await insertSocietyWork(manager, orgIds, memberIds);
  // written here directly, not through the services: counted for the reports in one pass
  await recountFacts(manager);
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

/**
 * Inserts `rows` a few hundred per statement and answers their ids in the same order, read back
 * from the table (every id above the largest before) rather than worked out from the driver's
 * insert id.
 */
async function insertMany<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: object[]): Promise<number[]> {
  const highest = async () => Number((await manager.createQueryBuilder(entity, 'r').withDeleted().select('MAX(r.id)', 'id').getRawOne<{ id: number | null }>())?.id ?? 0);
  const before = await highest();
  for (let start = 0; start < rows.length; start += CHUNK) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + CHUNK) as never)
      .updateEntity(false)
      .execute();
  }
  const ids = (await manager.createQueryBuilder(entity, 'r').withDeleted().select('r.id', 'id').where('r.id > :before', { before }).orderBy('r.id', 'ASC').getRawMany<{ id: number | string }>()).map(
    (row) => Number(row.id),
  );
  if (ids.length !== rows.length) throw new Error(`Demo data: inserted ${rows.length} rows, found ${ids.length}`);
  return ids;
}

/** The society's own work: papers, popular science, the journal and website, the contacts with grassroots writers. */
async function insertSocietyWork(manager: EntityManager, orgIds: Map<string, number>, memberIds: Map<string, number>): Promise<void> {
  const orgId = (key: string) => orgIds.get(key)!;
  const tracked = { createdBy: null, version: 1 };

  const paperIds = await insertMany(
    manager,
    Paper,
    DEMO_PAPERS.map(({ org, authorMembers: _members, ...fields }) => ({ ...fields, firstAuthor: firstAuthorOf(fields.authors), orgId: orgId(org), ...tracked })),
  );
  const authors = DEMO_PAPERS.flatMap((paper, index) => paper.authorMembers.map((key) => ({ paperId: paperIds[index], memberId: memberIds.get(key)! })));
  await insertMany(manager, PaperAuthor, authors);

  await insertMany(manager, OutreachActivity, DEMO_OUTREACH_ACTIVITIES.map(({ org, ...fields }) => ({ ...fields, orgId: orgId(org), ...tracked })));

  const contactIds = await insertMany(manager, WriterContact, DEMO_WRITER_CONTACTS.map(({ org, ...fields }) => ({ ...fields, orgId: orgId(org), ...tracked })));
  await insertMany(
    manager,
    JournalPost,
    DEMO_JOURNAL_POSTS.map(({ org, contact, ...fields }) => ({ ...fields, writerContactId: contact === null ? null : contactIds[contact], orgId: orgId(org), ...tracked })),
  );
}
