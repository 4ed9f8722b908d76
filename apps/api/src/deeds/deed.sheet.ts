import { DeedSource, DeedStatus, Focus, ServiceArea } from '@wb/contracts';
import { sheet } from '../common/sheets/sheet-spec';
import { ResearchTrip } from '../research-trips/research-trip.entity';

/** 我为群众办实事 as a spreadsheet: export, the import template and import. */
export const DEED_SHEET = sheet({ zh: '我为群众办实事', en: 'Practical deeds' }, [
  { field: 'title', header: { zh: '实事名称', en: 'Title' }, type: { kind: 'text' }, required: true, width: 32, example: '为零售客户送法律明白纸' },
  { field: 'serviceArea', header: { zh: '服务方面', en: 'Service area' }, type: { kind: 'enum', values: ServiceArea }, required: true, width: 8, example: '客户' },
  { field: 'focus', header: { zh: '聚焦方向', en: 'Focus' }, type: { kind: 'enum', values: Focus }, width: 8, example: '科普' },
  { field: 'source', header: { zh: '来源', en: 'Source' }, type: { kind: 'enum', values: DeedSource }, required: true, width: 10, example: '群众反映' },
  { field: 'sourceTripId', header: { zh: '来源调研', en: 'From research trip' }, type: { kind: 'ref', target: ResearchTrip, table: 'research_trips', labelColumns: ['topic'], label: (row) => String(row.topic), orgColumn: 'orgId' }, width: 24, note: '调研主题；来源为调研发现时填写' },
  { field: 'beneficiaryGroup', header: { zh: '服务对象', en: 'For whom' }, type: { kind: 'text' }, width: 14, example: '零售客户' },
  { field: 'responsible', header: { zh: '责任人', en: 'Responsible' }, type: { kind: 'text' }, width: 10, example: '王静' },
  { field: 'plannedStart', header: { zh: '计划开始', en: 'Planned start' }, type: { kind: 'date' }, required: true, width: 12, example: '2021-06-01' },
  { field: 'plannedEnd', header: { zh: '计划完成', en: 'Planned end' }, type: { kind: 'date' }, width: 12, example: '2021-09-30' },
  { field: 'status', header: { zh: '进展状态', en: 'Status' }, type: { kind: 'enum', values: DeedStatus }, required: true, width: 10, example: '推进中' },
  { field: 'completedDate', header: { zh: '完成日期', en: 'Completed' }, type: { kind: 'date' }, width: 12, note: '已完成时必填' },
  { field: 'beneficiaries', header: { zh: '受益人数', en: 'People served' }, type: { kind: 'int' }, width: 10, example: 320 },
  { field: 'outcome', header: { zh: '成效', en: 'Outcome' }, type: { kind: 'text' }, width: 36 },
]);
