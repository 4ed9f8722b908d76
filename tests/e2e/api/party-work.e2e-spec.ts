import { addDays, addMonths, todayInChina } from '@wb/contracts';
import { ApiClient } from '../support/api-client';
import { Body, describeRecordChecks, RecordCase } from '../support/record-checks';
import { createMember, createOrgTree, createUser, USER_PASSWORD } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

interface Context {
  orgs: Awaited<ReturnType<typeof createOrgTree>>;
  member: { id: number };
  otherMember: { id: number };
  foreignMember: { id: number };
  trip: { id: number };
  foreignTrip: { id: number };
}

const CASES: RecordCase<Context>[] = [
  {
    resource: 'recruitments',
    valid: (ctx, n) => ({ orgId: ctx.orgs.branch.id, memberId: n % 2 ? ctx.member.id : ctx.otherMember.id, date: '2021-04-15', category: 'scientist', sourceUnit: `城区分公司技术中心${n}`, note: '学术骨干' }),
    change: { category: 'backbone', note: '改为业务骨干' },
    invalid: [
      { why: 'an unknown category', body: () => ({ category: 'astronaut' }), field: 'category' },
      { why: 'a date that does not exist', body: () => ({ date: '2021-02-30' }), field: 'date' },
      { why: 'a member of another branch', body: (ctx) => ({ memberId: ctx.foreignMember.id }), field: 'memberId' },
      { why: 'no member', body: () => ({ memberId: undefined }), field: 'memberId' },
    ],
    filters: { match: (ctx) => ({ category: 'scientist', date_gte: '2021-04-01', date_lte: '2021-04-30', orgId: ctx.orgs.society.id }), except: () => ({ date_gte: '2021-05-01' }) },
    search: '技术中心',
  },
  {
    resource: 'research-trips',
    valid: (ctx, n) => ({
      orgId: ctx.orgs.branch.id,
      topic: `深入零售终端调研 ${n}`,
      startDate: '2021-05-10',
      endDate: '2021-05-12',
      destination: '城区零售终端',
      leader: '刘泽',
      participants: '王静、张伟',
      method: 'visit',
      serviceArea: 'customers',
      focus: 'outreach',
      findings: '客户希望了解信用体系建设',
      suggestions: '制作普法微视频',
    }),
    change: { findings: '客户希望了解信用体系建设和法律知识', endDate: '2021-05-13' },
    invalid: [
      { why: 'an end before the start', body: () => ({ startDate: '2021-05-10', endDate: '2021-05-09' }), field: 'endDate' },
      { why: 'an unknown method', body: () => ({ method: 'telepathy' }), field: 'method' },
      { why: 'an unknown service area', body: () => ({ serviceArea: 'galaxy' }), field: 'serviceArea' },
      { why: 'no destination', body: () => ({ destination: '' }), field: 'destination' },
    ],
    filters: { match: () => ({ serviceArea: 'customers', method: ['visit', 'field'], startDate_gte: '2021-05-01' }), except: () => ({ serviceArea: 'employees' }) },
    search: '零售终端',
  },
  {
    resource: 'deeds',
    valid: (ctx, n) => ({
      orgId: ctx.orgs.branch.id,
      title: `为零售客户送法律明白纸 ${n}`,
      serviceArea: 'customers',
      focus: 'outreach',
      source: 'research',
      sourceTripId: ctx.trip.id,
      beneficiaryGroup: '零售客户',
      responsible: '王静',
      plannedStart: '2021-06-01',
      plannedEnd: '2021-09-30',
      status: 'in_progress',
      beneficiaries: 320,
      milestones: [
        { date: '2021-07-15', progress: 60, note: '完成城区' },
        { date: '2021-06-20', progress: 30, note: '印制完成' },
      ],
      outcome: null,
    }),
    change: { status: 'completed', completedDate: '2021-09-28', outcome: '发放法律明白纸 1200 份' },
    invalid: [
      { why: 'a planned end before the start', body: () => ({ plannedEnd: '2021-05-01' }), field: 'plannedEnd' },
      { why: 'completed without a completion date', body: () => ({ status: 'completed', completedDate: null }), field: 'completedDate' },
      { why: 'a completion before the planned start', body: () => ({ status: 'completed', completedDate: '2021-05-01' }), field: 'completedDate' },
      { why: 'progress that goes down', body: () => ({ milestones: [{ date: '2021-06-20', progress: 50 }, { date: '2021-07-20', progress: 40 }] }), field: 'milestones' },
      { why: 'progress over 100%', body: () => ({ milestones: [{ date: '2021-06-20', progress: 120 }] }), field: 'milestones.0.progress' },
      { why: 'a trip of another branch', body: (ctx) => ({ sourceTripId: ctx.foreignTrip.id }), field: 'sourceTripId' },
      { why: 'a trip for a deed that was not found by research', body: () => ({ source: 'directive' }), field: 'sourceTripId' },
      { why: 'an unknown status', body: () => ({ status: 'abandoned' }), field: 'status' },
    ],
    filters: { match: (ctx) => ({ status: 'in_progress', serviceArea: 'customers', sourceTripId: ctx.trip.id, plannedStart_gte: '2021-01-01' }), except: () => ({ status: 'delayed' }) },
    search: '法律明白纸',
  },
  {
    resource: 'volunteer-services',
    valid: (ctx, n) => ({
      orgId: ctx.orgs.branch.id,
      title: `突击队支援分拣 ${n}`,
      date: '2021-02-03',
      place: '物流配送中心',
      participants: 6,
      memberIds: [ctx.member.id, ctx.otherMember.id],
      hours: 4.5,
      description: '到货入库分拣',
    }),
    change: { hours: 6, participants: 8 },
    invalid: [
      { why: 'fewer people than members listed', body: (ctx) => ({ participants: 1, memberIds: [ctx.member.id, ctx.otherMember.id] }), field: 'participants' },
      { why: 'a member of another branch', body: (ctx) => ({ memberIds: [ctx.member.id, ctx.foreignMember.id] }), field: 'memberIds.1' },
      { why: 'a member listed twice', body: (ctx) => ({ memberIds: [ctx.member.id, ctx.member.id] }), field: 'memberIds' },
      { why: 'hours with two decimals', body: () => ({ hours: 1.25 }), field: 'hours' },
      { why: 'no participants', body: () => ({ participants: 0 }), field: 'participants' },
    ],
    filters: { match: (ctx) => ({ memberId: ctx.member.id, date_lte: '2021-02-28' }), except: (ctx) => ({ memberId: ctx.foreignMember.id }) },
    search: '分拣',
  },
  {
    resource: 'development-records',
    // one record per person: each check starts from none
    beforeEach: (t) => t.dataSource.query('DELETE FROM development_records'),
    valid: (ctx, n) => ({
      orgId: ctx.orgs.branch.id,
      memberId: n % 2 ? ctx.member.id : ctx.otherMember.id,
      applicationDate: '2019-03-01',
      talkDate: '2019-03-20',
      activistDate: '2019-05-01',
      candidateDate: '2020-05-06',
      probationaryDate: '2020-07-01',
      introducers: '刘泽、王静',
      trainingHours: 24,
    }),
    change: { fullMemberDate: '2021-07-01', note: '按期转正' },
    invalid: [
      { why: 'a talk before the application', body: () => ({ talkDate: '2019-02-01' }), field: 'talkDate' },
      { why: 'a candidate less than a year after becoming an activist', body: () => ({ candidateDate: '2020-04-30' }), field: 'candidateDate' },
      { why: 'a full member before a year of probation', body: () => ({ fullMemberDate: '2021-06-30' }), field: 'fullMemberDate' },
      { why: 'an extension of 3 months', body: () => ({ extensionMonths: 3, extensionReason: '继续考察' }), field: 'extensionMonths' },
      { why: 'an extension without a reason', body: () => ({ extensionMonths: 6 }), field: 'extensionReason' },
      { why: 'a candidate who was never an activist', body: () => ({ activistDate: null }), field: 'candidateDate' },
      // without a talk only the application bounds the activist date
      { why: 'an activist before the application', body: () => ({ talkDate: null, activistDate: '2019-02-15' }), field: 'activistDate' },
      { why: 'an activist before the talk', body: () => ({ activistDate: '2019-03-10' }), field: 'activistDate' },
      { why: 'a probationary member who was never a candidate', body: () => ({ candidateDate: null }), field: 'probationaryDate' },
      { why: 'a probationary member before the candidacy', body: () => ({ probationaryDate: '2020-05-01' }), field: 'probationaryDate' },
      { why: 'a review of someone who was never an activist', body: () => ({ activistDate: null, candidateDate: null, probationaryDate: null, lastReviewDate: '2019-09-01' }), field: 'lastReviewDate' },
      { why: 'a member of another branch', body: (ctx) => ({ memberId: ctx.foreignMember.id }), field: 'memberId' },
    ],
    filters: { match: () => ({ stage: 'probationary', nextStep: 'confirm', applicationDate_lte: '2019-12-31' }), except: () => ({ stage: 'activist' }) },
    search: '刘泽、王静',
  },
];

describe('party work records', () => {
  let t: TestApp;
  let ctx: Context;
  let secretary: ApiClient;
  let foreignSecretary: ApiClient;
  let staff: ApiClient;

  beforeAll(async () => {
    t = await startTestApp();
    const orgs = await createOrgTree(t.api);
    await createUser(t.api, 'sec', 'secretary', orgs.branch.id);
    await createUser(t.api, 'urban-sec', 'secretary', orgs.unitBranch.id);
    await createUser(t.api, 'stf', 'staff', orgs.branch.id);
    secretary = await t.login('sec', USER_PASSWORD);
    foreignSecretary = await t.login('urban-sec', USER_PASSWORD);
    staff = await t.login('stf', USER_PASSWORD);
    const trip = (body: Body) => t.api.post('/api/research-trips', body).then((r) => r.body);
    const tripBody = (orgId: number) => ({ orgId, topic: '调研', startDate: '2021-03-01', endDate: '2021-03-01', destination: '基层', method: 'symposium', serviceArea: 'grassroots' });
    ctx = {
      orgs,
      member: await createMember(t.api, orgs.group.id, '赵丽'),
      otherMember: await createMember(t.api, orgs.branch.id, '吴海涛'),
      foreignMember: await createMember(t.api, orgs.unitBranch.id, '梁燕'),
      trip: await trip(tripBody(orgs.branch.id)),
      foreignTrip: await trip(tripBody(orgs.unitBranch.id)),
    };
  });
  afterAll(() => t.close());

  describeRecordChecks(
    () => ({ t, ctx, writer: secretary, outsider: foreignSecretary, reader: staff, orgId: ctx.orgs.branch.id, foreignOrgId: ctx.orgs.unitBranch.id }),
    CASES,
  );

  describe('development records', () => {
    beforeEach(() => t.dataSource.query('DELETE FROM development_records'));
    const member = (id: number) => t.api.get(`/api/members/${id}`).then((r) => r.body);

    it('compute the stage, the next step and its due date, and move the member\'s political status along', async () => {
      const body = { orgId: ctx.orgs.branch.id, memberId: ctx.member.id, applicationDate: '2021-03-10' };
      const applicant = (await secretary.post('/api/development-records', body)).body;
      expect(applicant).toMatchObject({ stage: 'applicant', nextStep: 'talk', dueDate: '2021-04-10' });
      expect((await member(ctx.member.id)).politicalStatus).toBe('applicant');

      const activist = await secretary.put(`/api/development-records/${applicant.id}`, { ...applicant, talkDate: '2021-03-25', activistDate: '2021-05-20' });
      expect(activist.body).toMatchObject({ stage: 'activist', nextStep: 'review', dueDate: '2021-11-20' });
      expect((await member(ctx.member.id)).politicalStatus).toBe('activist');
      const memberHistory = (await t.api.get(`/api/members/${ctx.member.id}/history`)).body;
      expect(memberHistory[0]).toMatchObject({ action: 'update', before: { politicalStatus: 'applicant' }, after: { politicalStatus: 'activist' } });

      // sent back with other stage values, the computed fields are the server's
      const reviewed = await secretary.put(`/api/development-records/${applicant.id}`, { ...activist.body, lastReviewDate: '2021-11-15', stage: 'full', dueDate: '2000-01-01' });
      expect(reviewed.body).toMatchObject({ stage: 'activist', dueDate: '2022-05-15' });
    });

    it('check a PUT that leaves fields out against the record as it will be stored, and compute the stage from it', async () => {
      const body = { orgId: ctx.orgs.branch.id, memberId: ctx.member.id, applicationDate: '2020-01-10', talkDate: '2020-02-01', activistDate: '2020-03-01', lastReviewDate: '2020-09-01', candidateDate: '2021-04-01' };
      const candidate = (await secretary.post('/api/development-records', body)).body;
      expect(candidate.stage).toBe('candidate');
      // candidateDate left out keeps 2021-04-01, less than a year after the new activist date
      const { candidateDate: _kept, ...partial } = { ...body, version: candidate.version, activistDate: '2020-10-01', lastReviewDate: null };
      const refused = await secretary.put(`/api/development-records/${candidate.id}`, partial);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain('candidateDate');
      expect((await secretary.get(`/api/development-records/${candidate.id}`)).body).toMatchObject({ activistDate: '2020-03-01', version: candidate.version });
      // a harmless partial change keeps the stored dates, and with them the stage
      const noted = await secretary.put(`/api/development-records/${candidate.id}`, { orgId: body.orgId, memberId: body.memberId, applicationDate: body.applicationDate, note: '补充说明', version: candidate.version });
      expect(noted.status).toBe(200);
      expect(noted.body).toMatchObject({ note: '补充说明', candidateDate: '2021-04-01', stage: 'candidate' });
    });

    it('allow one record per person (409 naming the first)', async () => {
      const first = await secretary.post('/api/development-records', { orgId: ctx.orgs.branch.id, memberId: ctx.member.id, applicationDate: '2021-03-10' });
      const second = await secretary.post('/api/development-records', { orgId: ctx.orgs.branch.id, memberId: ctx.member.id, applicationDate: '2021-04-10' });
      expect(second.status).toBe(409);
      expect(second.body.errors[0]).toMatchObject({ field: 'memberId', code: 'duplicate' });
      expect(second.body.message).toContain(String(first.body.id));
    });

    it('filter by what is due within 30 days and what is overdue, measured from today', async () => {
      const today = todayInChina();
      // the talk is due a month after the application: apply a month before the wanted due date
      const applicationOn = (dueIn: number) => addMonths(addDays(today, dueIn), -1);
      const soon = (await secretary.post('/api/development-records', { orgId: ctx.orgs.branch.id, memberId: ctx.member.id, applicationDate: applicationOn(10) })).body;
      const late = (await secretary.post('/api/development-records', { orgId: ctx.orgs.branch.id, memberId: ctx.otherMember.id, applicationDate: applicationOn(-3) })).body;
      const ids = async (due: string) => (await secretary.get('/api/development-records', { filter: { due } })).body.map((r: { id: number }) => r.id);
      expect(await ids('soon')).toEqual([soon.id]);
      expect(await ids('overdue')).toEqual([late.id]);
      expect((await secretary.get('/api/development-records', { filter: { due: 'someday' } })).status).toBe(400);
    });
  });

  describe('research trips and deeds', () => {
    it('list the deeds a trip led to, and keep a trip with deeds from being deleted', async () => {
      const trip = (await secretary.post('/api/research-trips', CASES[1].valid(ctx, 900))).body;
      const deed = (await secretary.post('/api/deeds', { ...CASES[2].valid(ctx, 901), sourceTripId: trip.id })).body;
      expect(deed.milestones.map((m: { date: string }) => m.date)).toEqual(['2021-06-20', '2021-07-15']);
      expect(deed.milestones[0]).toEqual({ id: expect.any(Number), date: '2021-06-20', progress: 30, note: '印制完成' });
      const fromTrip = (await secretary.get('/api/deeds', { filter: { sourceTripId: trip.id } })).body;
      expect(fromTrip.map((d: { id: number }) => d.id)).toEqual([deed.id]);
      const refused = await secretary.delete(`/api/research-trips/${trip.id}`);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toContain('1 项办实事');
      expect((await secretary.delete(`/api/deeds/${deed.id}`)).status).toBe(200);
      expect((await secretary.delete(`/api/research-trips/${trip.id}`)).status).toBe(200);
    });
  });

  describe('the member\'s page', () => {
    it('lists exactly the member\'s recruitments and development record by memberId', async () => {
      await t.dataSource.query('DELETE FROM development_records');
      // a member of their own, so that records of the checks above cannot hide a filter that leaks
      const member = (await t.api.post('/api/members', { orgId: ctx.orgs.branch.id, name: '韩磊', gender: 'male', politicalStatus: 'masses' })).body;
      const recruit = (memberId: number, date: string) =>
        secretary.post('/api/recruitments', { orgId: ctx.orgs.branch.id, memberId, date, category: 'backbone', sourceUnit: '物流配送中心' }).then((r) => r.body.id);
      const own = [await recruit(member.id, '2021-03-01'), await recruit(member.id, '2021-08-01')];
      const others = await recruit(ctx.otherMember.id, '2021-05-01');
      const develop = (memberId: number) =>
        secretary.post('/api/development-records', { orgId: ctx.orgs.branch.id, memberId, applicationDate: '2021-06-01' }).then((r) => r.body.id);
      const ownRecord = await develop(member.id);
      const othersRecord = await develop(ctx.otherMember.id);

      const listed = async (resource: string, memberId: number) => (await secretary.get(`/api/${resource}`, { filter: { memberId }, range: [0, 499] })).body;
      const recruitments = await listed('recruitments', member.id);
      expect(recruitments.map((r: { id: number }) => r.id).sort((a: number, b: number) => a - b)).toEqual(own);
      expect(recruitments.every((r: { memberId: number }) => r.memberId === member.id)).toBe(true);
      const othersRecruitments = (await listed('recruitments', ctx.otherMember.id)).map((r: { id: number }) => r.id);
      expect(othersRecruitments).toContain(others);
      expect(othersRecruitments).not.toContain(own[0]);

      expect((await listed('development-records', member.id)).map((r: { id: number }) => r.id)).toEqual([ownRecord]);
      expect((await listed('development-records', ctx.otherMember.id)).map((r: { id: number }) => r.id)).toEqual([othersRecord]);
    });

    it('finds the meetings a member attended and the services they took part in', async () => {
      const meeting = await secretary.post('/api/meetings', {
        orgId: ctx.orgs.branch.id, category: 'theme_day', topic: '主题党日', date: '2021-07-01', format: 'in_person', expectedCount: 2, attendedCount: 1,
        attendance: [{ memberId: ctx.member.id, status: 'present' }, { memberId: ctx.otherMember.id, status: 'leave', reason: '出差' }],
      });
      const attended = async (memberId: number) => (await secretary.get('/api/meetings', { filter: { attendeeId: memberId } })).body.map((m: { id: number }) => m.id);
      expect(await attended(ctx.member.id)).toContain(meeting.body.id);
      expect(await attended(ctx.otherMember.id)).not.toContain(meeting.body.id);

      const member = (await t.api.post('/api/members', { orgId: ctx.orgs.branch.id, name: '突击队员', gender: 'male', politicalStatus: 'full' })).body;
      const serve = (date: string, hours: number, orgId = ctx.orgs.branch.id) =>
        t.api.post('/api/volunteer-services', { orgId, title: '支援分拣', date, participants: 3, memberIds: [member.id], hours });
      await serve('2021-02-01', 4.5);
      await serve('2021-02-08', 3);
      await t.api.post('/api/meetings', {
        orgId: ctx.orgs.branch.id, category: 'party_lecture', topic: '党课', date: '2021-03-01', format: 'video', expectedCount: 1, attendedCount: 1,
        attendance: [{ memberId: member.id, status: 'present' }],
      });
      const summary = await secretary.get(`/api/members/${member.id}/summary`);
      expect(summary.body).toEqual({ meetingsAttended: 1, volunteerServices: 2, volunteerHours: 7.5 });
      expect((await foreignSecretary.get(`/api/members/${member.id}/summary`)).status).toBe(403);
    });

    it('records the fields the year-end statistics break members down by', async () => {
      const body = { orgId: ctx.orgs.branch.id, name: '马晓东', gender: 'male', politicalStatus: 'full', ethnicity: '回族', education: 'bachelor', occupation: 'professional', joinedPartyDate: '2015-07-01' };
      const created = await secretary.post('/api/members', body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject(body);
      const bad = await secretary.post('/api/members', { ...body, ethnicity: '火星族', education: 'phd', occupation: 'astronaut', joinedPartyDate: '2015-13-01' });
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['education', 'ethnicity', 'joinedPartyDate', 'occupation']);
      const hui = (await secretary.get('/api/members', { filter: { ethnicity: '回族', education: 'bachelor' } })).body;
      expect(hui.map((m: { name: string }) => m.name)).toEqual(['马晓东']);
    });
  });
});
