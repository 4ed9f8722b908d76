import { ContactMode } from '@wb/contracts';
import { sheet } from '../common/sheets/sheet-spec';

/** 联系基层撰稿人 as a spreadsheet: export, the import template and import. */
export const WRITER_CONTACT_SHEET = sheet({ zh: '联系基层撰稿人', en: 'Writer contacts' }, [
  { field: 'date', header: { zh: '日期', en: 'Date' }, type: { kind: 'date' }, required: true, width: 12, example: '2021-03-09' },
  { field: 'writer', header: { zh: '撰稿人', en: 'Writer' }, type: { kind: 'text' }, required: true, width: 10, example: '肖雨涵' },
  { field: 'unit', header: { zh: '单位', en: 'Unit' }, type: { kind: 'text' }, width: 16, example: '城区分公司' },
  { field: 'mode', header: { zh: '方式', en: 'Mode' }, type: { kind: 'enum', values: ContactMode }, required: true, width: 8, example: '线上' },
  { field: 'topic', header: { zh: '交流内容', en: 'Topic' }, type: { kind: 'text' }, required: true, width: 30, example: '交流稿件内容和写作技巧' },
]);
