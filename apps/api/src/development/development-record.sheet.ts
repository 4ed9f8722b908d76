import { DevelopmentStage, DevelopmentStep } from '@wb/contracts';
import { sheet } from '../common/sheets/sheet-spec';

/** 发展党员 as a spreadsheet: export, the import template and import. */
export const DEVELOPMENT_SHEET = sheet({ zh: '发展党员', en: 'Member development' }, [
  { field: 'memberId', header: { zh: '人员', en: 'Person' }, type: { kind: 'member' }, required: true, width: 10, example: '郑雪', note: '所属组织内人员的姓名；每人一条' },
  { field: 'applicationDate', header: { zh: '递交申请日期', en: 'Application' }, type: { kind: 'date' }, required: true, width: 12, example: '2020-09-01' },
  { field: 'talkDate', header: { zh: '谈话日期', en: 'Talk' }, type: { kind: 'date' }, width: 12, example: '2020-09-20' },
  { field: 'activistDate', header: { zh: '确定积极分子日期', en: 'Became activist' }, type: { kind: 'date' }, width: 14, example: '2020-11-05' },
  { field: 'lastReviewDate', header: { zh: '最近考察日期', en: 'Latest review' }, type: { kind: 'date' }, width: 12 },
  { field: 'candidateDate', header: { zh: '列为发展对象日期', en: 'Became candidate' }, type: { kind: 'date' }, width: 14 },
  { field: 'probationaryDate', header: { zh: '接收预备党员日期', en: 'Admitted (probationary)' }, type: { kind: 'date' }, width: 14 },
  { field: 'extensionMonths', header: { zh: '延长预备期（月）', en: 'Extension (months)' }, type: { kind: 'int' }, width: 12 },
  { field: 'extensionReason', header: { zh: '延长原因', en: 'Extension reason' }, type: { kind: 'text' }, width: 20 },
  { field: 'fullMemberDate', header: { zh: '转正日期', en: 'Confirmed' }, type: { kind: 'date' }, width: 12 },
  { field: 'introducers', header: { zh: '入党介绍人', en: 'Introducers' }, type: { kind: 'text' }, width: 14 },
  { field: 'trainingHours', header: { zh: '集中培训学时', en: 'Training hours' }, type: { kind: 'int' }, width: 10 },
  { field: 'note', header: { zh: '备注', en: 'Note' }, type: { kind: 'text' }, width: 24 },
  { field: 'stage', header: { zh: '当前阶段', en: 'Stage' }, type: { kind: 'enum', values: DevelopmentStage }, exportOnly: true, width: 12 },
  { field: 'nextStep', header: { zh: '下一步', en: 'Next step' }, type: { kind: 'enum', values: DevelopmentStep }, exportOnly: true, width: 14 },
  { field: 'dueDate', header: { zh: '期限', en: 'Due' }, type: { kind: 'date' }, exportOnly: true, width: 12 },
]);
