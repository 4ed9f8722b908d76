import { Education, Gender, Occupation, PoliticalStatus, SocietyRole } from '@wb/contracts';
import { sheet } from '../common/sheets/sheet-spec';

/** 人员 as a spreadsheet: export, the import template and import. */
export const MEMBER_SHEET = sheet({ zh: '人员', en: 'Members' }, [
  { field: 'name', header: { zh: '姓名', en: 'Name' }, type: { kind: 'text' }, required: true, width: 10, example: '张伟' },
  { field: 'gender', header: { zh: '性别', en: 'Gender' }, type: { kind: 'enum', values: Gender }, required: true, width: 6, example: '男' },
  { field: 'birthDate', header: { zh: '出生日期', en: 'Date of birth' }, type: { kind: 'date' }, width: 12, example: '1978-03-21' },
  { field: 'unit', header: { zh: '工作单位', en: 'Unit' }, type: { kind: 'text' }, width: 18, example: '学会秘书处' },
  { field: 'position', header: { zh: '职务', en: 'Position' }, type: { kind: 'text' }, width: 14, example: '组织委员' },
  { field: 'politicalStatus', header: { zh: '政治面貌', en: 'Political status' }, type: { kind: 'enum', values: PoliticalStatus }, required: true, width: 12, example: '正式党员' },
  { field: 'societyRoles', header: { zh: '学会职务', en: 'Society roles' }, type: { kind: 'enumList', values: SocietyRole }, width: 14, example: '理事', note: '多个用“、”分隔' },
  { field: 'ethnicity', header: { zh: '民族', en: 'Ethnicity' }, type: { kind: 'ethnicity' }, width: 8, example: '汉族' },
  { field: 'education', header: { zh: '学历', en: 'Education' }, type: { kind: 'enum', values: Education }, width: 10, example: '大学本科' },
  { field: 'occupation', header: { zh: '职业类别', en: 'Occupation' }, type: { kind: 'enum', values: Occupation }, width: 16, example: '企事业单位管理人员' },
  { field: 'joinedPartyDate', header: { zh: '入党日期', en: 'Joined the Party' }, type: { kind: 'date' }, width: 12, example: '2001-06-15' },
  { field: 'phone', header: { zh: '联系电话', en: 'Phone' }, type: { kind: 'text', masked: true }, width: 14, note: '导出时隐去中间四位；带 * 的号码导入时按未填处理' },
]);
