import { addDays, addMonths } from './calendar';
import { labelledEnum, EnumValue, Label } from './labelled-enum';
import { BaseRecord } from './records';
import { RecordRule } from './rules';

/** Where a person stands in the pipeline; the codes are the member's political status at that stage. */
export const DevelopmentStage = labelledEnum({
  applicant: { zh: '入党申请人', en: 'Applicant' },
  activist: { zh: '入党积极分子', en: 'Activist' },
  candidate: { zh: '发展对象', en: 'Candidate' },
  probationary: { zh: '预备党员', en: 'Probationary member' },
  full: { zh: '正式党员', en: 'Full member' },
});
export type DevelopmentStage = EnumValue<typeof DevelopmentStage>;

/** The branch's next task for the person. */
export const DevelopmentStep = labelledEnum({
  talk: { zh: '派人谈话', en: 'Talk with the applicant' },
  choose_activist: { zh: '确定入党积极分子', en: 'Decide on activist status' },
  review: { zh: '半年考察', en: 'Half-yearly review' },
  admit: { zh: '接收预备党员', en: 'Admit as probationary member' },
  confirm: { zh: '预备期满转正', en: 'Confirm as full member' },
});
export type DevelopmentStep = EnumValue<typeof DevelopmentStep>;

/** A rule's source, as the branch's own documents cite it. */
interface Cited {
  /** e.g. 《中国共产党发展党员工作细则》第八条 */
  source: string;
  text: Label;
}

/**
 * The intervals of 《中国共产党发展党员工作细则》 (2014) and the Party Constitution that the
 * pipeline follows — one table, read by the API's rules, the due dates and the admin's help text.
 */
export const DEVELOPMENT_INTERVALS = {
  talk: {
    months: 1,
    source: '《中国共产党发展党员工作细则》第八条',
    text: { zh: '党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话', en: 'The Party organisation talks with an applicant within one month of the application' },
  },
  review: {
    months: 6,
    source: '《中国共产党发展党员工作细则》第十三条',
    text: { zh: '党支部每半年对入党积极分子进行一次考察', en: 'The branch reviews each activist every half year' },
  },
  candidate: {
    months: 12,
    source: '《中国共产党发展党员工作细则》第十四条',
    text: { zh: '经过一年以上培养教育和考察的入党积极分子，方可列为发展对象', en: 'An activist becomes a candidate only after more than a year of training and review' },
  },
  probation: {
    months: 12,
    source: '《中国共产党章程》第七条',
    text: { zh: '预备党员的预备期为一年', en: 'The probation of a probationary member lasts one year' },
  },
  extension: {
    minMonths: 6,
    maxMonths: 12,
    source: '《中国共产党发展党员工作细则》第二十八条',
    text: { zh: '需要继续考察和教育的，可以延长一次预备期，延长时间不能少于半年，最长不超过一年', en: 'Probation may be extended once, by at least six months and at most a year' },
  },
} as const satisfies Record<string, Cited & ({ months: number } | { minMonths: number; maxMonths: number })>;

export interface DevelopmentDates {
  applicationDate: string;
  talkDate: string | null;
  activistDate: string | null;
  /** The latest half-yearly review of the activist (or candidate). */
  lastReviewDate: string | null;
  candidateDate: string | null;
  probationaryDate: string | null;
  /** 延长预备期: 6 to 12 months, at most once, with a reason. */
  extensionMonths: number | null;
  extensionReason: string | null;
  fullMemberDate: string | null;
}

export interface DevelopmentRecord extends BaseRecord, DevelopmentDates {
  memberId: number;
  introducers: string | null;
  trainingHours: number | null;
  note: string | null;
  /** Computed by the API on every write. */
  stage: DevelopmentStage;
  nextStep: DevelopmentStep | null;
  dueDate: string | null;
}

export interface DevelopmentProgress {
  stage: DevelopmentStage;
  nextStep: DevelopmentStep | null;
  /** When the next step falls due, if it has a deadline. */
  dueDate: string | null;
}

/** The stage reached, the next step and its due date, from the dates alone (no clock). */
export function developmentProgress(dates: Partial<DevelopmentDates>): DevelopmentProgress {
  const { applicationDate, talkDate, activistDate, lastReviewDate, candidateDate, probationaryDate, extensionMonths, fullMemberDate } = dates;
  if (fullMemberDate) return { stage: 'full', nextStep: null, dueDate: null };
  if (probationaryDate) {
    const months = DEVELOPMENT_INTERVALS.probation.months + (extensionMonths ?? 0);
    return { stage: 'probationary', nextStep: 'confirm', dueDate: addMonths(probationaryDate, months) };
  }
  if (candidateDate) return { stage: 'candidate', nextStep: 'admit', dueDate: null };
  if (activistDate) {
    return { stage: 'activist', nextStep: 'review', dueDate: addMonths(lastReviewDate ?? activistDate, DEVELOPMENT_INTERVALS.review.months) };
  }
  if (!talkDate && applicationDate) {
    return { stage: 'applicant', nextStep: 'talk', dueDate: addMonths(applicationDate, DEVELOPMENT_INTERVALS.talk.months) };
  }
  return { stage: 'applicant', nextStep: 'choose_activist', dueDate: null };
}

/** How a due date stands on `today`: overdue, due within the next 30 days, or neither. */
export const DueState = labelledEnum({
  overdue: { zh: '已逾期', en: 'Overdue' },
  soon: { zh: '30天内到期', en: 'Due within 30 days' },
});
export type DueState = EnumValue<typeof DueState>;

export const DUE_SOON_DAYS = 30;

export function dueState(dueDate: string | null | undefined, today: string): DueState | null {
  if (!dueDate) return null;
  if (dueDate < today) return 'overdue';
  return dueDate <= addDays(today, DUE_SOON_DAYS) ? 'soon' : null;
}

const cite = (zh: string, en: string, source: string): Label => ({ zh: `${zh}（${source}）`, en: `${en} (${source})` });
const isDay = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A date may only be filled in once the stage before it has its date. */
function needs(field: keyof DevelopmentRecord & string, earlier: keyof DevelopmentRecord & string, message: Label): RecordRule<DevelopmentRecord> {
  return { field, code: 'stageMissing', message, holds: (r) => !r[field] || !!r[earlier] };
}

/** `field` is on or after `earlier` plus `months` months. */
function atLeastAfter(field: keyof DevelopmentRecord & string, earlier: keyof DevelopmentRecord & string, months: (r: Partial<DevelopmentRecord>) => number, code: string, message: Label): RecordRule<DevelopmentRecord> {
  return {
    field,
    code,
    message,
    holds: (r) => {
      const value = r[field];
      const start = r[earlier];
      return !isDay(value) || !isDay(start) || value >= addMonths(start, months(r));
    },
  };
}

const I = DEVELOPMENT_INTERVALS;

/** The pipeline's rules, each a field error citing its source. */
export const DEVELOPMENT_RULES: readonly RecordRule<DevelopmentRecord>[] = [
  atLeastAfter('talkDate', 'applicationDate', () => 0, 'order', { zh: '谈话日期不能早于申请日期', en: 'The talk cannot be before the application' }),
  atLeastAfter('activistDate', 'applicationDate', () => 0, 'order', { zh: '确定为积极分子的日期不能早于申请日期', en: 'Activist status cannot come before the application' }),
  atLeastAfter('activistDate', 'talkDate', () => 0, 'order', { zh: '确定为积极分子的日期不能早于谈话日期', en: 'Activist status cannot come before the talk' }),
  needs('lastReviewDate', 'activistDate', { zh: '请先填写确定为积极分子的日期', en: 'Fill in the activist date first' }),
  atLeastAfter('lastReviewDate', 'activistDate', () => 0, 'order', { zh: '考察日期不能早于确定为积极分子的日期', en: 'A review cannot be before the activist date' }),
  needs('candidateDate', 'activistDate', { zh: '列为发展对象前须先确定为入党积极分子', en: 'A candidate must have been an activist first' }),
  atLeastAfter('candidateDate', 'activistDate', () => I.candidate.months, 'tooSoon', cite('列为发展对象须在确定为入党积极分子满一年之后', 'A candidate must have been an activist for a year', I.candidate.source)),
  needs('probationaryDate', 'candidateDate', { zh: '接收为预备党员前须先列为发展对象', en: 'A probationary member must have been a candidate first' }),
  atLeastAfter('probationaryDate', 'candidateDate', () => 0, 'order', { zh: '接收为预备党员的日期不能早于列为发展对象的日期', en: 'Admission cannot be before candidacy' }),
  needs('extensionMonths', 'probationaryDate', { zh: '只有预备党员才能延长预备期', en: 'Only probation can be extended' }),
  {
    field: 'extensionMonths',
    code: 'extensionLength',
    message: cite('延长预备期不能少于半年、最长不超过一年，且只能延长一次', 'An extension is 6 to 12 months, once', I.extension.source),
    holds: (r) => r.extensionMonths == null || (Number.isInteger(r.extensionMonths) && r.extensionMonths >= I.extension.minMonths && r.extensionMonths <= I.extension.maxMonths),
  },
  {
    field: 'extensionReason',
    code: 'requiredWhen',
    message: { zh: '延长预备期须写明原因', en: 'An extension needs its reason' },
    holds: (r) => r.extensionMonths == null || (typeof r.extensionReason === 'string' && r.extensionReason.trim() !== ''),
  },
  needs('fullMemberDate', 'probationaryDate', { zh: '转为正式党员前须先接收为预备党员', en: 'A full member must have been probationary first' }),
  atLeastAfter(
    'fullMemberDate',
    'probationaryDate',
    (r) => I.probation.months + (r.extensionMonths ?? 0),
    'probationNotOver',
    cite('预备期满一年（及延长的期限）后方可转正', 'Confirmation comes after a year of probation plus any extension', `${I.probation.source}、${I.extension.source}`),
  ),
];
