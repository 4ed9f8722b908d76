import { Role } from '@wb/contracts';
import type { ExportColumn } from '../export/columns';

/** Columns of the users CSV. */
export const userExportColumns: readonly ExportColumn[] = [
  { source: 'username' },
  { source: 'displayName' },
  { source: 'role', values: Role },
  { source: 'orgId', reference: 'orgs' },
  { source: 'disabled', render: (user, { translate }) => translate(`ra.boolean.${user.disabled === true}`) },
];
