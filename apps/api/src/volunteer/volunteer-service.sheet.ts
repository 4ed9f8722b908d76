import { sheet } from '../common/sheets/sheet-spec';

/** 党员志愿服务 as a spreadsheet: export, the import template and import. */
export const VOLUNTEER_SHEET = sheet({ zh: '党员志愿服务', en: 'Volunteer services' }, [
  { field: 'date', header: { zh: '日期', en: 'Date' }, type: { kind: 'date' }, required: true, width: 12, example: '2021-02-03' },
  { field: 'title', header: { zh: '服务内容', en: 'What was done' }, type: { kind: 'text' }, required: true, width: 30, example: '突击队支援到货入库分拣' },
  { field: 'place', header: { zh: '地点', en: 'Place' }, type: { kind: 'text' }, width: 16, example: '物流配送中心' },
  { field: 'participants', header: { zh: '参加人数', en: 'Headcount' }, type: { kind: 'int' }, required: true, width: 10, example: 6 },
  { field: 'memberIds', header: { zh: '参加的党员', en: 'Members who took part' }, type: { kind: 'members' }, width: 24, example: '刘泽、王静', note: '所属组织内人员的姓名，用“、”分隔' },
  { field: 'hours', header: { zh: '每人时长（小时）', en: 'Hours each' }, type: { kind: 'decimal' }, required: true, width: 12, example: 4.5 },
  { field: 'description', header: { zh: '情况说明', en: 'Description' }, type: { kind: 'text' }, width: 36 },
]);
