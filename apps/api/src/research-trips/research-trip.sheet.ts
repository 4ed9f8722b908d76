import { Focus, ServiceArea, TripMethod } from '@wb/contracts';
import { sheet } from '../common/sheets/sheet-spec';

/** 基层调研 as a spreadsheet: export, the import template and import. */
export const RESEARCH_TRIP_SHEET = sheet({ zh: '基层调研', en: 'Research trips' }, [
  { field: 'topic', header: { zh: '调研主题', en: 'Topic' }, type: { kind: 'text' }, required: true, width: 32, example: '走访零售终端了解信用体系建设' },
  { field: 'startDate', header: { zh: '开始日期', en: 'Start' }, type: { kind: 'date' }, required: true, width: 12, example: '2021-04-08' },
  { field: 'endDate', header: { zh: '结束日期', en: 'End' }, type: { kind: 'date' }, required: true, width: 12, example: '2021-04-09' },
  { field: 'destination', header: { zh: '调研地点', en: 'Destination' }, type: { kind: 'text' }, required: true, width: 18, example: '城区零售终端' },
  { field: 'leader', header: { zh: '带队人', en: 'Leader' }, type: { kind: 'text' }, width: 10, example: '刘泽' },
  { field: 'participants', header: { zh: '参加人员', en: 'Participants' }, type: { kind: 'text' }, width: 18, example: '王静、张伟' },
  { field: 'method', header: { zh: '调研方式', en: 'Method' }, type: { kind: 'enum', values: TripMethod }, required: true, width: 8, example: '走访' },
  { field: 'serviceArea', header: { zh: '服务方面', en: 'Service area' }, type: { kind: 'enum', values: ServiceArea }, required: true, width: 8, example: '客户' },
  { field: 'focus', header: { zh: '聚焦方向', en: 'Focus' }, type: { kind: 'enum', values: Focus }, width: 8, example: '科普' },
  { field: 'findings', header: { zh: '调研发现', en: 'Findings' }, type: { kind: 'text' }, width: 40 },
  { field: 'suggestions', header: { zh: '意见建议', en: 'Suggestions' }, type: { kind: 'text' }, width: 40 },
]);
