import { MeetingCategory, MeetingFormat } from '@wb/contracts';
import { sheet } from '../common/sheets/sheet-spec';

/** 会议 as a spreadsheet: export, the import template and import. */
export const MEETING_SHEET = sheet({ zh: '会议', en: 'Meetings' }, [
  { field: 'date', header: { zh: '会议日期', en: 'Date' }, type: { kind: 'date' }, required: true, width: 12, example: '2021-03-26' },
  { field: 'topic', header: { zh: '会议主题', en: 'Topic' }, type: { kind: 'text' }, required: true, width: 36, example: '支部党员大会：学习党史' },
  { field: 'category', header: { zh: '会议类别', en: 'Category' }, type: { kind: 'enum', values: MeetingCategory }, required: true, width: 14, example: '支部党员大会' },
  { field: 'session', header: { zh: '届次', en: 'Session' }, type: { kind: 'text' }, width: 14 },
  { field: 'format', header: { zh: '会议形式', en: 'Format' }, type: { kind: 'enum', values: MeetingFormat }, required: true, width: 10, example: '现场' },
  { field: 'host', header: { zh: '主持人', en: 'Host' }, type: { kind: 'text' }, width: 10, example: '刘泽' },
  { field: 'recorder', header: { zh: '记录人', en: 'Recorder' }, type: { kind: 'text' }, width: 10, example: '王静' },
  { field: 'expectedCount', header: { zh: '应到人数', en: 'Expected' }, type: { kind: 'int' }, required: true, width: 10, example: 10 },
  { field: 'attendedCount', header: { zh: '实到人数', en: 'Attended' }, type: { kind: 'int' }, required: true, width: 10, example: 9, note: '不超过应到人数' },
  { field: 'minutes', header: { zh: '会议记录', en: 'Minutes' }, type: { kind: 'text' }, width: 40 },
  { field: 'resolutions', header: { zh: '会议决议', en: 'Resolutions' }, type: { kind: 'text' }, width: 30 },
]);
