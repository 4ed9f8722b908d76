import {
  addMonths,
  brokenRules,
  DEED_RULES,
  DEVELOPMENT_RULES,
  DevelopmentStage,
  developmentProgress,
  dueState,
  HAN,
  isEthnicity,
  RESEARCH_TRIP_RULES,
  ServiceArea,
  Focus,
  VOLUNTEER_SERVICE_RULES,
} from '@wb/contracts';
import { CreateDeedDto } from '../../deeds/deed.dto';
import { CreateDevelopmentRecordDto } from '../../development/development-record.dto';
import { CreateMemberDto } from '../../members/member.dto';
import { CreateRecruitmentDto } from '../../recruitments/recruitment.dto';
import { CreateResearchTripDto } from '../../research-trips/research-trip.dto';
import { CreateVolunteerServiceDto } from '../../volunteer/volunteer-service.dto';
import { DomainError } from '../../common/errors/domain-error';
import { RecordValidationPipe, VALIDATION_OPTIONS } from '../../common/validation/validation-options';
import { DEMO_DEEDS, DemoDeed } from './demo-deeds';
import { DEMO_DEVELOPMENT, developmentDates } from './demo-development';
import { BRANCH_MEMBER_KEYS, DEMO_MEMBERS } from './demo-members';
import { DEMO_ORGS } from './demo-orgs';
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

  it('names only demo orgs and members', () => {
    const memberKeys = new Set(DEMO_MEMBERS.map((m) => m.key));
    expect(memberKeys.size).toBe(DEMO_MEMBERS.length);
    expect(new Set(DEMO_MEMBERS.map((m) => m.name)).size).toBe(DEMO_MEMBERS.length);
    const orgs = [...DEMO_MEMBERS, ...DEMO_RECRUITMENTS, ...DEMO_DEVELOPMENT, ...DEMO_RESEARCH_TRIPS, ...DEMO_DEEDS, ...DEMO_VOLUNTEER_SERVICES].map((r) => r.org);
    for (const org of orgs) expect(orgKeys).toContain(org);
    const people = [...DEMO_RECRUITMENTS.map((r) => r.member), ...DEMO_DEVELOPMENT.map((r) => r.member), ...DEMO_VOLUNTEER_SERVICES.flatMap((s) => s.members)];
    for (const key of people) expect(memberKeys).toContain(key);
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
