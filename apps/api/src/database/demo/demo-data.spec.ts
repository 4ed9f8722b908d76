import {
  addMonths,
  brokenRules,
  DEED_RULES,
  DEVELOPMENT_RULES,
  DevelopmentStage,
  developmentProgress,
  dueState,
  firstAuthorOf,
  HAN,
  isEthnicity,
  RESEARCH_TRIP_RULES,
  ServiceArea,
  Focus,
  OutreachVenue,
  PaperDimension,
  VOLUNTEER_SERVICE_RULES,
} from '@wb/contracts';
import { CreateDeedDto } from '../../deeds/deed.dto';
import { CreateDevelopmentRecordDto } from '../../development/development-record.dto';
import { CreateJournalPostDto } from '../../journal/journal-post.dto';
import { CreateMemberDto } from '../../members/member.dto';
import { CreateOutreachActivityDto } from '../../outreach/outreach-activity.dto';
import { CreatePaperDto } from '../../papers/paper.dto';
import { CreateRecruitmentDto } from '../../recruitments/recruitment.dto';
import { CreateResearchTripDto } from '../../research-trips/research-trip.dto';
import { CreateVolunteerServiceDto } from '../../volunteer/volunteer-service.dto';
import { CreateWriterContactDto } from '../../writer-contacts/writer-contact.dto';
import { DomainError } from '../../common/errors/domain-error';
import { RecordValidationPipe, VALIDATION_OPTIONS } from '../../common/validation/validation-options';
import { DEMO_DEEDS, DemoDeed } from './demo-deeds';
import { DEMO_DEVELOPMENT, developmentDates } from './demo-development';
import { DEMO_JOURNAL_POSTS, DEMO_WRITER_CONTACTS } from './demo-journal';
import { BRANCH_MEMBER_KEYS, DEMO_MEMBERS } from './demo-members';
import { DEMO_ORGS } from './demo-orgs';
import { DEMO_OUTREACH_ACTIVITIES } from './demo-outreach';
import { DEMO_PAPERS } from './demo-papers';
import { DEMO_RECRUITMENTS } from './demo-recruitments';
import { DEMO_RESEARCH_TRIPS } from './demo-research-trips';
import { DEMO_VOLUNTEER_SERVICES } from './demo-volunteer-services';

const YEAR_END = '2021-12-31';
const in2021 = (day: string) => day >= '2021-01-01' && day <= YEAR_END;
const in2020 = (day: string) => day >= '2020-01-01' && day <= '2020-12-31';
const member = (key: string) => DEMO_MEMBERS.find((candidate) => candidate.key === key)!;
const fieldCodes = (rules: { field: string; code: string }[]) => rules.map((rule) => `${rule.field}:${rule.code}`);

/** What the API would answer to the record sent as a create body: its field errors, none when accepted. */
const pipe = new RecordValidationPipe(VALIDATION_OPTIONS);
async function apiErrors(metatype: new () => object, body: object): Promise<string[]> {
  try {
    await pipe.transform(body, { type: 'body', metatype });
    return [];
  } catch (error) {
    return (error as DomainError).errors.map((e) => `${e.field}:${e.code}`);
  }
}

// Ids stand in for the keys the loader resolves.
const tripBody = ({ key: _key, org: _org, ...fields }: (typeof DEMO_RESEARCH_TRIPS)[number]) => ({ ...fields, orgId: 1 });
const deedBody = ({ org: _org, trip, milestones, ...fields }: DemoDeed) => ({
  ...fields,
  orgId: 1,
  sourceTripId: trip ? 1 : null,
  milestones: milestones.map(([date, progress, note]) => ({ date, progress, note })),
});
const volunteerBody = ({ org: _org, members, ...fields }: (typeof DEMO_VOLUNTEER_SERVICES)[number]) => ({ ...fields, orgId: 1, memberIds: members.map((_, i) => i + 1) });
const developmentBody = ({ org: _org, member: _member, ...fields }: (typeof DEMO_DEVELOPMENT)[number]) => ({ ...fields, orgId: 1, memberId: 1 });
const recruitmentBody = ({ org: _org, member: _member, ...fields }: (typeof DEMO_RECRUITMENTS)[number]) => ({ ...fields, orgId: 1, memberId: 1 });
const memberBody = ({ key: _key, org: _org, ...fields }: (typeof DEMO_MEMBERS)[number]) => ({ ...fields, orgId: 1 });
const paperBody = ({ org: _org, authorMembers, ...fields }: (typeof DEMO_PAPERS)[number]) => ({ ...fields, orgId: 1, authorMemberIds: authorMembers.map((_, i) => i + 1) });
const outreachBody = ({ org: _org, ...fields }: (typeof DEMO_OUTREACH_ACTIVITIES)[number]) => ({ ...fields, orgId: 1 });
const postBody = ({ org: _org, contact, ...fields }: (typeof DEMO_JOURNAL_POSTS)[number]) => ({ ...fields, orgId: 1, writerContactId: contact === null ? null : contact + 1 });
const contactBody = ({ org: _org, ...fields }: (typeof DEMO_WRITER_CONTACTS)[number]) => ({ ...fields, orgId: 1 });
const countBy = <T>(records: T[], key: (record: T) => string) =>
  records.reduce<Record<string, number>>((counts, record) => ({ ...counts, [key(record)]: (counts[key(record)] ?? 0) + 1 }), {});

describe('the demo data', () => {
  const orgKeys = new Set(DEMO_ORGS.map((org) => org.key));

  it('breaks none of the contracts rules and none of the API limits', async () => {
    for (const trip of DEMO_RESEARCH_TRIPS) {
      expect([trip.topic, fieldCodes(brokenRules(RESEARCH_TRIP_RULES, trip))]).toEqual([trip.topic, []]);
      expect([trip.topic, await apiErrors(CreateResearchTripDto, tripBody(trip))]).toEqual([trip.topic, []]);
    }
    for (const deed of DEMO_DEEDS) {
      const body = deedBody(deed);
      expect([deed.title, fieldCodes(brokenRules(DEED_RULES, body))]).toEqual([deed.title, []]);
      expect([deed.title, await apiErrors(CreateDeedDto, body)]).toEqual([deed.title, []]);
    }
    for (const service of DEMO_VOLUNTEER_SERVICES) {
      const body = volunteerBody(service);
      expect([service.title, fieldCodes(brokenRules(VOLUNTEER_SERVICE_RULES, body))]).toEqual([service.title, []]);
      expect([service.title, await apiErrors(CreateVolunteerServiceDto, body)]).toEqual([service.title, []]);
    }
    for (const record of DEMO_DEVELOPMENT) {
      expect([record.member, fieldCodes(brokenRules(DEVELOPMENT_RULES, record))]).toEqual([record.member, []]);
      expect([record.member, await apiErrors(CreateDevelopmentRecordDto, developmentBody(record))]).toEqual([record.member, []]);
    }
    for (const recruitment of DEMO_RECRUITMENTS) expect([recruitment.member, await apiErrors(CreateRecruitmentDto, recruitmentBody(recruitment))]).toEqual([recruitment.member, []]);
    for (const person of DEMO_MEMBERS) expect([person.key, await apiErrors(CreateMemberDto, memberBody(person))]).toEqual([person.key, []]);
  });

  it("passes the API's validation with every record of the society's own work", async () => {
    for (const paper of DEMO_PAPERS) expect([paper.title, await apiErrors(CreatePaperDto, paperBody(paper))]).toEqual([paper.title, []]);
    for (const activity of DEMO_OUTREACH_ACTIVITIES) expect([activity.title, await apiErrors(CreateOutreachActivityDto, outreachBody(activity))]).toEqual([activity.title, []]);
    for (const post of DEMO_JOURNAL_POSTS) expect([post.title, await apiErrors(CreateJournalPostDto, postBody(post))]).toEqual([post.title, []]);
    for (const contact of DEMO_WRITER_CONTACTS) expect([contact.date, contact.writer, await apiErrors(CreateWriterContactDto, contactBody(contact))]).toEqual([contact.date, contact.writer, []]);
  });

  it('names only demo orgs and members', () => {
    const memberKeys = new Set(DEMO_MEMBERS.map((m) => m.key));
    expect(memberKeys.size).toBe(DEMO_MEMBERS.length);
    expect(new Set(DEMO_MEMBERS.map((m) => m.name)).size).toBe(DEMO_MEMBERS.length);
    const orgs = [
      ...[...DEMO_MEMBERS, ...DEMO_RECRUITMENTS, ...DEMO_DEVELOPMENT, ...DEMO_RESEARCH_TRIPS, ...DEMO_DEEDS, ...DEMO_VOLUNTEER_SERVICES].map((r) => r.org),
      ...[...DEMO_PAPERS, ...DEMO_OUTREACH_ACTIVITIES, ...DEMO_JOURNAL_POSTS, ...DEMO_WRITER_CONTACTS].map((r) => r.org),
    ];
    for (const org of new Set(orgs)) expect(orgKeys).toContain(org);
    const people = [
      ...DEMO_RECRUITMENTS.map((r) => r.member),
      ...DEMO_DEVELOPMENT.map((r) => r.member),
      ...DEMO_VOLUNTEER_SERVICES.flatMap((s) => s.members),
      ...DEMO_PAPERS.flatMap((p) => p.authorMembers),
    ];
    // the grassroots writers are invented people, none of them a demo member
    const memberNames = new Set(DEMO_MEMBERS.map((m) => m.name));
    for (const writer of new Set(DEMO_WRITER_CONTACTS.map((c) => c.writer))) expect([writer, memberNames.has(writer)]).toEqual([writer, false]);
    for (const key of people) expect(memberKeys).toContain(key);
  });

  it("has the seed's 160 papers of 2021, 13 of them national excellent papers, over the three dimensions; 110 in 2020", () => {
    const papers2021 = DEMO_PAPERS.filter((paper) => paper.year === 2021);
    expect(papers2021).toHaveLength(160);
    const excellent = papers2021.filter((paper) => paper.award === 'national_excellent');
    expect(excellent).toHaveLength(13);
    expect(new Set(papers2021.map((paper) => paper.award))).toEqual(new Set(['none', 'municipal', 'provincial', 'national_excellent']));
    const dimensions = countBy(papers2021, (paper) => paper.dimension);
    for (const dimension of PaperDimension.values) expect([dimension, dimensions[dimension] >= 160 / 5]).toEqual([dimension, true]);
    for (const dimension of PaperDimension.values) expect([dimension, excellent.some((paper) => paper.dimension === dimension)]).toEqual([dimension, true]);
    const papers2020 = DEMO_PAPERS.filter((paper) => paper.year === 2020);
    expect(papers2020).toHaveLength(110);
    expect(papers2020.filter((paper) => paper.award === 'national_excellent')).toHaveLength(8);
    expect(DEMO_PAPERS).toHaveLength(papers2021.length + papers2020.length);
    for (const paper of DEMO_PAPERS) expect(paper.submittedDate.startsWith(String(paper.year))).toBe(true);
  });

  it('has no duplicate papers (same year, first author and title), authors listed with 、 and member authors from the academic committee', () => {
    const keys = DEMO_PAPERS.map((paper) => `${paper.year}|${firstAuthorOf(paper.authors)}|${paper.title}`);
    expect(new Set(keys).size).toBe(DEMO_PAPERS.length);
    // titles are not reused from year to year either
    expect(new Set(DEMO_PAPERS.map((paper) => paper.title)).size).toBe(DEMO_PAPERS.length);
    const otherMembers = new Set(DEMO_MEMBERS.filter((person) => person.org !== 'academic').map((person) => person.name));
    for (const paper of DEMO_PAPERS) {
      const names = paper.authors.split('、');
      expect([paper.title, names.length >= 1 && names.length <= 3, new Set(names).size === names.length]).toEqual([paper.title, true, true]);
      expect(firstAuthorOf(paper.authors)).toBe(names[0]);
      expect(paper.org).toBe('academic');
      expect(['城区分公司', '郊县分公司', '物流配送中心', '学会秘书处']).toContain(paper.authorUnit);
      for (const name of names) expect([paper.title, name, otherMembers.has(name)]).toEqual([paper.title, name, false]);
      expect(new Set(paper.authorMembers).size).toBe(paper.authorMembers.length);
      for (const key of paper.authorMembers) {
        expect(member(key).org).toBe('academic');
        expect(names).toContain(member(key).name);
      }
      // an academic committee member among the names is always linked
      for (const person of DEMO_MEMBERS.filter((candidate) => candidate.org === 'academic')) expect(names.includes(person.name)).toBe(paper.authorMembers.includes(person.key));
    }
    expect(DEMO_PAPERS.filter((paper) => paper.authorMembers.length).length).toBeGreaterThanOrEqual(5);
  });

  it("has the seed's 科普 of 2021: 19 items in 5 aspects at teams, terminals and communities; a few in 2020", () => {
    const activities2021 = DEMO_OUTREACH_ACTIVITIES.filter((activity) => in2021(activity.date));
    expect(activities2021.reduce((sum, activity) => sum + activity.items, 0)).toBe(19);
    expect(new Set(activities2021.map((activity) => activity.aspect)).size).toBe(5);
    expect(new Set(activities2021.map((activity) => activity.venue))).toEqual(new Set(OutreachVenue.values.filter((venue) => venue !== 'online')));
    expect(new Set(activities2021.map((activity) => activity.audience))).toEqual(new Set(['staff', 'retailers', 'public', 'students']));
    const activities2020 = DEMO_OUTREACH_ACTIVITIES.filter((activity) => in2020(activity.date));
    expect(activities2020.length).toBeGreaterThanOrEqual(3);
    expect(activities2020.length).toBeLessThan(activities2021.length);
    expect(activities2020.length + activities2021.length).toBe(DEMO_OUTREACH_ACTIVITIES.length);
    for (const activity of DEMO_OUTREACH_ACTIVITIES) expect(activity.org).toBe('outreach');
  });

  it("has the seed's 190-odd contacts with 20 to 40 recurring grassroots writers in 2021, online and offline; about 120 in 2020", () => {
    const contacts2021 = DEMO_WRITER_CONTACTS.filter((contact) => in2021(contact.date));
    expect(contacts2021.length).toBeGreaterThanOrEqual(192);
    expect(contacts2021.length).toBeLessThanOrEqual(198);
    const perWriter = countBy(contacts2021, (contact) => contact.writer);
    expect(Object.keys(perWriter).length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(perWriter).length).toBeLessThanOrEqual(40);
    expect(Math.min(...Object.values(perWriter))).toBeGreaterThanOrEqual(3);
    const modes = countBy(contacts2021, (contact) => contact.mode);
    expect(modes.online).toBeGreaterThan(modes.offline);
    expect(modes.offline).toBeGreaterThan(contacts2021.length / 4);
    for (const words of ['稿件', '写作技巧', '摄影作品']) expect([words, contacts2021.some((contact) => contact.topic.includes(words))]).toEqual([words, true]);
    const contacts2020 = DEMO_WRITER_CONTACTS.filter((contact) => in2020(contact.date));
    expect(contacts2020.length).toBeGreaterThanOrEqual(110);
    expect(contacts2020.length).toBeLessThanOrEqual(130);
    expect(contacts2020.length + contacts2021.length).toBe(DEMO_WRITER_CONTACTS.length);
    // a writer works in one unit
    for (const contact of DEMO_WRITER_CONTACTS) expect(contact.unit).toBe(DEMO_WRITER_CONTACTS.find((other) => other.writer === contact.writer)!.unit);
    for (const contact of DEMO_WRITER_CONTACTS) expect(contact.org).toBe('journal');
  });

  it("has the seed's 700-odd posts of 2021, 60-odd responding to concerns, over the three channels and twelve issues; about 500 in 2020", () => {
    const posts2021 = DEMO_JOURNAL_POSTS.filter((post) => in2021(post.publishedDate));
    expect(posts2021.length).toBeGreaterThanOrEqual(712);
    expect(posts2021.length).toBeLessThanOrEqual(730);
    const responses = posts2021.filter((post) => post.kind === 'public_response').length;
    expect(responses).toBeGreaterThanOrEqual(63);
    expect(responses).toBeLessThanOrEqual(66);
    const channels = countBy(posts2021, (post) => post.channel);
    for (const channel of ['internal_journal', 'website', 'new_media']) expect([channel, channels[channel] > 100]).toEqual([channel, true]);
    const issues = new Set(posts2021.filter((post) => post.channel === 'internal_journal').map((post) => post.issue));
    expect(issues).toEqual(new Set(Array.from({ length: 12 }, (_, i) => `2021年第${i + 1}期`)));
    const posts2020 = DEMO_JOURNAL_POSTS.filter((post) => in2020(post.publishedDate));
    expect(posts2020.length).toBeGreaterThanOrEqual(480);
    expect(posts2020.length).toBeLessThanOrEqual(520);
    expect(posts2020.length + posts2021.length).toBe(DEMO_JOURNAL_POSTS.length);
    for (const year of [posts2020, posts2021]) expect(new Set(year.map((post) => post.title)).size).toBe(year.length);
    for (const post of DEMO_JOURNAL_POSTS) {
      expect(post.org).toBe('journal');
      expect([post.title, post.issue === null]).toEqual([post.title, post.channel !== 'internal_journal']);
      if (post.issue) expect(post.issue.startsWith(`${post.publishedDate.slice(0, 4)}年第${Number(post.publishedDate.slice(5, 7))}期`)).toBe(true);
    }
  });

  it('links posts only to an earlier contact with their author in the same year', () => {
    const linked = DEMO_JOURNAL_POSTS.filter((post) => post.contact !== null);
    expect(linked.filter((post) => in2021(post.publishedDate)).length).toBeGreaterThan(50);
    for (const post of linked) {
      const contact = DEMO_WRITER_CONTACTS[post.contact!];
      expect(contact).toBeDefined();
      expect([post.title, contact.writer, contact.date < post.publishedDate, contact.date.slice(0, 4)]).toEqual([post.title, post.author, true, post.publishedDate.slice(0, 4)]);
    }
  });

  it('gives every member an ethnicity, education and occupation, and Party members the day they joined', () => {
    for (const person of DEMO_MEMBERS) {
      expect(isEthnicity(person.ethnicity)).toBe(true);
      const isPartyMember = person.politicalStatus === 'full' || person.politicalStatus === 'probationary';
      expect([person.key, person.joinedPartyDate !== null]).toEqual([person.key, isPartyMember]);
      // joined at 18 or later, and not after the end of the demo's year
      if (person.joinedPartyDate) expect(person.joinedPartyDate >= addMonths(person.birthDate, 18 * 12) && person.joinedPartyDate <= YEAR_END).toBe(true);
    }
    const minorities = DEMO_MEMBERS.filter((person) => person.ethnicity !== HAN);
    expect(minorities.length).toBeGreaterThanOrEqual(2);
    expect(minorities.length).toBeLessThanOrEqual(3);
  });

  it('has the seed\'s 13 research trips of 2021 over the five service areas and three focuses, and about seven in 2020', () => {
    const trips2021 = DEMO_RESEARCH_TRIPS.filter((trip) => in2021(trip.startDate));
    expect(trips2021).toHaveLength(13);
    expect(new Set(trips2021.map((trip) => trip.serviceArea))).toEqual(new Set(ServiceArea.values));
    expect(new Set(trips2021.map((trip) => trip.focus).filter(Boolean))).toEqual(new Set(Focus.values));
    expect(new Set(trips2021.map((trip) => trip.method)).size).toBeGreaterThanOrEqual(3);
    expect(DEMO_RESEARCH_TRIPS.filter((trip) => in2020(trip.startDate))).toHaveLength(7);
    expect(new Set(DEMO_RESEARCH_TRIPS.map((trip) => trip.key)).size).toBe(DEMO_RESEARCH_TRIPS.length);
    expect(new Set(DEMO_RESEARCH_TRIPS.map((trip) => trip.topic)).size).toBe(DEMO_RESEARCH_TRIPS.length);
  });

  it('has the seed\'s 11 deeds of 2021, most found by a trip of the same org that went before', () => {
    const deeds2021 = DEMO_DEEDS.filter((deed) => in2021(deed.plannedStart));
    expect(deeds2021).toHaveLength(11);
    const fromTrips = deeds2021.filter((deed) => deed.trip);
    expect(fromTrips.length).toBeGreaterThanOrEqual(8);
    expect(fromTrips.length).toBeLessThanOrEqual(9);
    expect(deeds2021.filter((deed) => deed.status === 'completed').length).toBeGreaterThan(deeds2021.length / 2);
    expect(new Set(deeds2021.map((deed) => deed.status)).size).toBeGreaterThanOrEqual(3);
    const deeds2020 = DEMO_DEEDS.filter((deed) => in2020(deed.plannedStart));
    expect(deeds2020.length).toBeGreaterThanOrEqual(3);
    expect(deeds2020.length).toBeLessThanOrEqual(4);

    for (const deed of DEMO_DEEDS) {
      expect([deed.title, deed.source === 'research']).toEqual([deed.title, deed.trip !== null]);
      if (deed.trip) {
        const trip = DEMO_RESEARCH_TRIPS.find((candidate) => candidate.key === deed.trip)!;
        expect(trip).toBeDefined();
        expect(trip.org).toBe(deed.org);
        expect(trip.endDate <= deed.plannedStart && trip.startDate.slice(0, 4) === deed.plannedStart.slice(0, 4)).toBe(true);
      }
      expect(deed.milestones.length).toBeGreaterThanOrEqual(1);
      expect(deed.milestones.length).toBeLessThanOrEqual(4);
      for (const [date] of deed.milestones) expect(date >= deed.plannedStart).toBe(true);
      if (deed.status === 'completed') {
        expect(deed.completedDate! >= deed.plannedStart).toBe(true);
        expect(deed.beneficiaries).toBeGreaterThan(0);
        expect(deed.outcome).toBeTruthy();
        expect(deed.milestones[deed.milestones.length - 1]).toEqual([deed.completedDate, 100, expect.any(String)]);
      } else {
        expect(deed.completedDate).toBeNull();
      }
    }
  });

  it('has the assault team helping base units early in 2021, members from the branch', () => {
    const services2021 = DEMO_VOLUNTEER_SERVICES.filter((service) => in2021(service.date));
    expect(services2021.filter((service) => service.title.includes('突击队') && service.date < '2021-03-01').length).toBeGreaterThanOrEqual(3);
    expect(DEMO_VOLUNTEER_SERVICES.filter((service) => in2020(service.date)).length).toBeGreaterThanOrEqual(2);
    for (const service of DEMO_VOLUNTEER_SERVICES) {
      expect(new Set(service.members).size).toBe(service.members.length);
      for (const key of service.members) {
        expect(BRANCH_MEMBER_KEYS).toContain(key);
        expect(['full', 'probationary']).toContain(member(key).politicalStatus);
      }
    }
  });

  it('counts the seed\'s 21 talents taken in by the end of 2021, one person each, over 2020 and 2021', () => {
    const byEnd2021 = DEMO_RECRUITMENTS.filter((r) => r.date <= YEAR_END);
    expect(byEnd2021).toHaveLength(21);
    expect(new Set(byEnd2021.map((r) => r.member)).size).toBe(21);
    expect(DEMO_RECRUITMENTS.filter((r) => in2020(r.date))).toHaveLength(9);
    expect(DEMO_RECRUITMENTS.filter((r) => in2021(r.date))).toHaveLength(12);
    expect(new Set(DEMO_RECRUITMENTS.map((r) => r.category))).toEqual(new Set(['scientist', 'expert', 'backbone', 'other']));
    for (const r of DEMO_RECRUITMENTS) expect(r.org).toBe(member(r.member).org);
  });

  it('has people at every stage of the pipeline, matching their members, with one overdue and some due soon at the end of 2021', () => {
    expect(new Set(DEMO_DEVELOPMENT.map((r) => r.member)).size).toBe(DEMO_DEVELOPMENT.length);
    const progress = DEMO_DEVELOPMENT.map((record) => ({ record, ...developmentProgress(developmentDates(record)) }));
    expect(new Set(progress.map((p) => p.stage))).toEqual(new Set(DevelopmentStage.values));
    for (const { record, stage } of progress) {
      const person = member(record.member);
      expect([record.member, person.politicalStatus]).toEqual([record.member, stage]);
      expect([record.member, person.joinedPartyDate]).toEqual([record.member, record.probationaryDate]);
      // the talk came within a month of the application
      if (record.talkDate) expect(record.talkDate <= addMonths(record.applicationDate, 1)).toBe(true);
      for (const day of [record.applicationDate, record.talkDate, record.activistDate, record.lastReviewDate, record.candidateDate, record.probationaryDate, record.fullMemberDate]) {
        if (day) expect(day <= YEAR_END).toBe(true);
      }
    }
    expect(progress.filter((p) => p.stage === 'full' && in2021(p.record.fullMemberDate!))).not.toHaveLength(0);
    expect(progress.filter((p) => p.record.extensionMonths)).toHaveLength(1);
    const states = progress.map((p) => dueState(p.dueDate, YEAR_END));
    expect(states.filter((state) => state === 'overdue')).toHaveLength(1);
    expect(states.filter((state) => state === 'soon').length).toBeGreaterThanOrEqual(2);
  });
});
