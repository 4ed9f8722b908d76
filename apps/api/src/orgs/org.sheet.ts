import { OrgType } from '@wb/contracts';
import { ID_COLUMN, SheetSpec, TIMESTAMP_COLUMNS } from '../common/sheets/sheet-spec';

/** The organisation tree as a spreadsheet (export only: the tree is kept in the admin). */
export const ORG_SHEET: SheetSpec = {
  title: { zh: '组织', en: 'Organisations' },
  importable: false,
  columns: [
    ID_COLUMN,
    { field: 'name', header: { zh: '名称', en: 'Name' }, type: { kind: 'text' }, width: 20 },
    { field: 'type', header: { zh: '组织类型', en: 'Type' }, type: { kind: 'enum', values: OrgType }, width: 12 },
    { field: 'parentId', header: { zh: '上级组织', en: 'Parent' }, type: { kind: 'org' }, width: 20 },
    ...TIMESTAMP_COLUMNS,
  ],
};
