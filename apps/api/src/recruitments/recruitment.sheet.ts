import { RecruitmentCategory } from '@wb/contracts';
import { sheet } from '../common/sheets/sheet-spec';

/** 吸纳人才 as a spreadsheet: export, the import template and import. */
export const RECRUITMENT_SHEET = sheet({ zh: '吸纳人才', en: 'Recruitments' }, [
  { field: 'date', header: { zh: '吸纳日期', en: 'Date' }, type: { kind: 'date' }, required: true, width: 12, example: '2021-04-15' },
  { field: 'memberId', header: { zh: '人员', en: 'Person' }, type: { kind: 'member' }, required: true, width: 10, example: '张伟', note: '所属组织内人员的姓名' },
  { field: 'category', header: { zh: '人才类别', en: 'Category' }, type: { kind: 'enum', values: RecruitmentCategory }, required: true, width: 12, example: '科技工作者' },
  { field: 'sourceUnit', header: { zh: '来源单位', en: 'Unit of origin' }, type: { kind: 'text' }, width: 20, example: '城区分公司技术中心' },
  { field: 'note', header: { zh: '备注', en: 'Note' }, type: { kind: 'text' }, width: 30 },
]);
