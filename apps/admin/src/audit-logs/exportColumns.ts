import { AuditAction } from '@wb/contracts';
import { formatDateTime } from '../common/dates';
import type { ExportColumn } from '../export/columns';

/** Columns of the audit log CSV. */
export const auditLogExportColumns: readonly ExportColumn[] = [
  { source: 'at', render: (log, { locale }) => formatDateTime(log.at, locale) },
  { source: 'actorName' },
  { source: 'action', values: AuditAction },
  {
    source: 'resource',
    render: (log, { translate }) => translate(`resources.${log.resource}.name`, { smart_count: 1, _: String(log.resource) }),
  },
  { source: 'recordId' },
  { source: 'ip' },
];
