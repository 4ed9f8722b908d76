import { addMonths, brokenRules, DEVELOPMENT_RULES, developmentProgress, DevelopmentRecord, dueState, todayInChina } from './index';

const broken = (record: Partial<DevelopmentRecord>) => brokenRules(DEVELOPMENT_RULES, record).map((rule) => `${rule.field}:${rule.code}`);

describe('calendar arithmetic', () => {
  it('adds months, keeping month ends inside short months', () => {
    expect(addMonths('2021-01-15', 1)).toBe('2021-02-15');
    expect(addMonths('2021-01-31', 1)).toBe('2021-02-28');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2021-11-30', 18)).toBe('2023-05-30');
  });

  it('knows the day in China', () => {
    expect(todayInChina(new Date('2021-12-31T17:00:00Z'))).toBe('2022-01-01');
    expect(todayInChina(new Date('2021-12-31T15:00:00Z'))).toBe('2021-12-31');
  });
});

describe('developmentProgress', () => {
  it('asks for the talk within a month of the application', () => {
    expect(developmentProgress({ applicationDate: '2021-03-10' })).toEqual({ stage: 'applicant', nextStep: 'talk', dueDate: '2021-04-10' });
    expect(developmentProgress({ applicationDate: '2021-03-10', talkDate: '2021-03-25' })).toEqual({ stage: 'applicant', nextStep: 'choose_activist', dueDate: null });
  });

  it('reviews an activist every half year, from the latest review', () => {
    const activist = { applicationDate: '2020-09-01', talkDate: '2020-09-20', activistDate: '2020-11-05' };
    expect(developmentProgress(activist)).toEqual({ stage: 'activist', nextStep: 'review', dueDate: '2021-05-05' });
    expect(developmentProgress({ ...activist, lastReviewDate: '2021-05-01' }).dueDate).toBe('2021-11-01');
  });

  it('confirms a probationary member after a year, plus any extension', () => {
    const probationary = { applicationDate: '2018-03-01', activistDate: '2018-05-01', candidateDate: '2019-06-01', probationaryDate: '2020-07-01' };
    expect(developmentProgress({ ...probationary, candidateDate: '2019-06-01' })).toEqual({ stage: 'probationary', nextStep: 'confirm', dueDate: '2021-07-01' });
    expect(developmentProgress({ ...probationary, extensionMonths: 6 }).dueDate).toBe('2022-01-01');
    expect(developmentProgress({ ...probationary, fullMemberDate: '2021-07-01' })).toEqual({ stage: 'full', nextStep: null, dueDate: null });
    expect(developmentProgress({ ...probationary, probationaryDate: null })).toEqual({ stage: 'candidate', nextStep: 'admit', dueDate: null });
  });
});

describe('dueState', () => {
  it('says overdue before today, soon within 30 days, nothing otherwise', () => {
    expect(dueState('2021-12-30', '2021-12-31')).toBe('overdue');
    expect(dueState('2021-12-31', '2021-12-31')).toBe('soon');
    expect(dueState('2022-01-30', '2021-12-31')).toBe('soon');
    expect(dueState('2022-01-31', '2021-12-31')).toBeNull();
    expect(dueState(null, '2021-12-31')).toBeNull();
  });
});

describe('DEVELOPMENT_RULES', () => {
  const valid: Partial<DevelopmentRecord> = {
    applicationDate: '2019-03-01',
    talkDate: '2019-03-20',
    activistDate: '2019-05-01',
    lastReviewDate: '2019-11-01',
    candidateDate: '2020-05-01',
    probationaryDate: '2020-07-01',
    fullMemberDate: '2021-07-01',
  };

  it('accept a pipeline that keeps every interval', () => {
    expect(broken(valid)).toEqual([]);
    expect(broken({ applicationDate: '2021-01-01' })).toEqual([]);
  });

  it('keep the dates in stage order and every stage after the one before', () => {
    expect(broken({ applicationDate: '2021-03-01', talkDate: '2021-02-01' })).toEqual(['talkDate:order']);
    expect(broken({ applicationDate: '2021-03-01', candidateDate: '2022-05-01' })).toEqual(['candidateDate:stageMissing']);
    expect(broken({ ...valid, probationaryDate: null, extensionMonths: null })).toContain('fullMemberDate:stageMissing');
    expect(broken({ ...valid, lastReviewDate: '2019-04-01' })).toEqual(['lastReviewDate:order']);
  });

  it('keep the activist date on or after both the application and the talk', () => {
    // no talk yet: only the application bounds it
    expect(broken({ applicationDate: '2021-03-01', activistDate: '2021-02-28' })).toEqual(['activistDate:order']);
    expect(broken({ applicationDate: '2021-03-01', talkDate: '2021-03-20', activistDate: '2021-03-10' })).toEqual(['activistDate:order']);
    expect(broken({ applicationDate: '2021-03-01', talkDate: '2021-03-20', activistDate: '2021-03-20' })).toEqual([]);
    const [rule] = brokenRules(DEVELOPMENT_RULES, { applicationDate: '2021-03-01', talkDate: '2021-03-20', activistDate: '2021-03-10' });
    expect(rule.message.zh).toBe('确定为积极分子的日期不能早于谈话日期');
  });

  it('admit a probationary member only once a candidate, and not before the candidate date', () => {
    expect(broken({ ...valid, candidateDate: null })).toEqual(['probationaryDate:stageMissing']);
    expect(broken({ ...valid, probationaryDate: '2020-04-30' })).toEqual(['probationaryDate:order']);
    expect(broken({ ...valid, probationaryDate: valid.candidateDate, fullMemberDate: null })).toEqual([]);
  });

  it('take a review only of an activist', () => {
    expect(broken({ applicationDate: '2021-03-01', lastReviewDate: '2021-09-01' })).toEqual(['lastReviewDate:stageMissing']);
    const [rule] = brokenRules(DEVELOPMENT_RULES, { applicationDate: '2021-03-01', lastReviewDate: '2021-09-01' });
    expect(rule.message.zh).toBe('请先填写确定为积极分子的日期');
  });

  it('need a year between activist and candidate, citing article 14', () => {
    const [rule] = brokenRules(DEVELOPMENT_RULES, { ...valid, candidateDate: '2020-04-30', probationaryDate: null, fullMemberDate: null });
    expect(rule).toMatchObject({ field: 'candidateDate', code: 'tooSoon' });
    expect(rule.message.zh).toContain('第十四条');
  });

  it('need a year of probation, plus the extension, before confirmation', () => {
    expect(broken({ ...valid, fullMemberDate: '2021-06-30' })).toEqual(['fullMemberDate:probationNotOver']);
    expect(broken({ ...valid, extensionMonths: 6, extensionReason: '需继续考察' })).toEqual(['fullMemberDate:probationNotOver']);
    expect(broken({ ...valid, extensionMonths: 6, extensionReason: '需继续考察', fullMemberDate: '2022-01-01' })).toEqual([]);
  });

  it('allow one extension of 6 to 12 months, with a reason', () => {
    const probationary = { ...valid, fullMemberDate: null };
    expect(broken({ ...probationary, extensionMonths: 5, extensionReason: '原因' })).toEqual(['extensionMonths:extensionLength']);
    expect(broken({ ...probationary, extensionMonths: 13, extensionReason: '原因' })).toEqual(['extensionMonths:extensionLength']);
    expect(broken({ ...probationary, extensionMonths: 12 })).toEqual(['extensionReason:requiredWhen']);
    expect(broken({ applicationDate: '2021-01-01', extensionMonths: 6, extensionReason: '原因' })).toEqual(['extensionMonths:stageMissing']);
  });
});
