import type { ResourceProps } from 'react-admin';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

/** Read-only trail of every write (admins and leaders). */
const auditLogs: Omit<ResourceProps, 'name'> = {
  list: AuditLogList,
  show: AuditLogShow,
};

export default auditLogs;
