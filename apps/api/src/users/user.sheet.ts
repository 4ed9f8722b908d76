import { Role } from '@wb/contracts';
import { ID_COLUMN, SheetSpec, TIMESTAMP_COLUMNS } from '../common/sheets/sheet-spec';

/** Accounts as a spreadsheet (export only; no passwords, ever). */
export const USER_SHEET: SheetSpec = {
  title: { zh: '用户', en: 'Users' },
  importable: false,
  columns: [
    ID_COLUMN,
    { field: 'username', header: { zh: '用户名', en: 'Username' }, type: { kind: 'text' }, width: 16 },
    { field: 'displayName', header: { zh: '姓名', en: 'Name' }, type: { kind: 'text' }, width: 16 },
    { field: 'role', header: { zh: '角色', en: 'Role' }, type: { kind: 'enum', values: Role }, width: 10 },
    { field: 'orgId', header: { zh: '所属组织', en: 'Organisation' }, type: { kind: 'org' }, width: 20 },
    { field: 'disabled', header: { zh: '停用', en: 'Disabled' }, type: { kind: 'bool' }, width: 8 },
    ...TIMESTAMP_COLUMNS,
  ],
};
