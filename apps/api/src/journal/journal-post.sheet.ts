import { JournalChannel, JournalKind } from '@wb/contracts';
import { sheet } from '../common/sheets/sheet-spec';
import { WriterContact } from '../writer-contacts/writer-contact.entity';

/** How a writer contact is named in a sheet: 肖雨涵（2021-02-01）. */
const contactLabel = (row: Record<string, unknown>) => `${String(row.writer)}（${String(row.date).slice(0, 10)}）`;

/** 期刊与网站信息 as a spreadsheet: export, the import template and import. */
export const JOURNAL_SHEET = sheet({ zh: '期刊与网站信息', en: 'Journal and website posts' }, [
  { field: 'publishedDate', header: { zh: '刊发日期', en: 'Published' }, type: { kind: 'date' }, required: true, width: 12, example: '2021-03-20' },
  { field: 'title', header: { zh: '标题', en: 'Title' }, type: { kind: 'text' }, required: true, width: 36, example: '一手抓防疫、一手抓经营' },
  { field: 'channel', header: { zh: '渠道', en: 'Channel' }, type: { kind: 'enum', values: JournalChannel }, required: true, width: 10, example: '内部期刊' },
  { field: 'issue', header: { zh: '期号', en: 'Issue' }, type: { kind: 'text' }, width: 12, example: '2021年第3期' },
  { field: 'kind', header: { zh: '类型', en: 'Kind' }, type: { kind: 'enum', values: JournalKind }, required: true, width: 10, example: '信息稿件' },
  { field: 'author', header: { zh: '作者', en: 'Author' }, type: { kind: 'text' }, width: 10, example: '林芳' },
  { field: 'writerContactId', header: { zh: '来自联系记录', en: 'From writer contact' }, type: { kind: 'ref', target: WriterContact, table: 'writer_contacts', labelColumns: ['writer', 'date'], label: contactLabel, orgColumn: 'orgId' }, width: 22, note: '撰稿人（日期），如 肖雨涵（2021-02-01）' },
]);
