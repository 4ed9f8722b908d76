import { OutreachAudience, OutreachVenue } from '@wb/contracts';
import { sheet } from '../common/sheets/sheet-spec';

/** 科普活动 as a spreadsheet: export, the import template and import. */
export const OUTREACH_SHEET = sheet({ zh: '科普活动', en: 'Popular-science activities' }, [
  { field: 'date', header: { zh: '日期', en: 'Date' }, type: { kind: 'date' }, required: true, width: 12, example: '2021-05-18' },
  { field: 'title', header: { zh: '活动名称', en: 'Title' }, type: { kind: 'text' }, required: true, width: 30, example: '真假商品鉴别培训' },
  { field: 'venue', header: { zh: '场所', en: 'Venue' }, type: { kind: 'enum', values: OutreachVenue }, required: true, width: 8, example: '进队所' },
  { field: 'aspect', header: { zh: '方面', en: 'Aspect' }, type: { kind: 'text' }, required: true, width: 14, example: '真假商品鉴别' },
  { field: 'items', header: { zh: '科普项数', en: 'Items' }, type: { kind: 'int' }, required: true, width: 8, example: 2 },
  { field: 'audience', header: { zh: '对象', en: 'Audience' }, type: { kind: 'enum', values: OutreachAudience }, required: true, width: 10, example: '干部职工' },
  { field: 'participants', header: { zh: '参加人数', en: 'Participants' }, type: { kind: 'int' }, width: 10, example: 86 },
  { field: 'materials', header: { zh: '材料', en: 'Materials' }, type: { kind: 'text' }, width: 30 },
]);
