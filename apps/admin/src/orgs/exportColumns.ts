import { OrgType } from '@wb/contracts';
import type { ExportColumn } from '../export/columns';

/** Columns of the orgs CSV. */
export const orgExportColumns: readonly ExportColumn[] = [
  { source: 'id' },
  { source: 'name' },
  { source: 'type', values: OrgType },
  { source: 'parentId', reference: 'orgs' },
];
