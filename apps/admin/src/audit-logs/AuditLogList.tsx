import { useMediaQuery, type Theme } from '@mui/material';
import { FunctionField, List, NumberField, TextField, useGetResourceLabel, useLocaleState } from 'react-admin';
import { AuditAction, type AuditLog } from '@wb/contracts';
import { ActionChip } from '../audit/ActionChip';
import { labelOf } from '../common/choices';
import { DateTimeField } from '../common/DateFields';
import { formatDateTime } from '../common/dates';
import { ListActions } from '../common/ListActions';
import { RecyclableDatagrid, RecyclableSimpleList } from '../trash/RecyclableLists';
import { useAuditLogFilters } from './AuditLogFilters';
import { ResourceField } from './ResourceField';

export const AuditLogList = () => {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [locale] = useLocaleState();
  const getResourceLabel = useGetResourceLabel();
  return (
    <List
      filters={useAuditLogFilters()}
      actions={<ListActions />}
      sort={{ field: 'at', order: 'DESC' }}
      exporter={false}
    >
      {isSmall ? (
        <RecyclableSimpleList<AuditLog>
          primaryText={(log) => (log.recordId === null ? getResourceLabel(log.resource, 1) : `${getResourceLabel(log.resource, 1)} #${log.recordId}`)}
          secondaryText={(log) => `${formatDateTime(log.at, locale)} · ${log.actorName}`}
          tertiaryText={(log) => labelOf(AuditAction, log.action, locale)}
          rowClick="show"
        />
      ) : (
        <RecyclableDatagrid rowClick="show">
          <DateTimeField source="at" />
          <TextField source="actorName" sortable={false} />
          <FunctionField<AuditLog> source="action" render={(log) => <ActionChip action={log.action} />} />
          <ResourceField source="resource" />
          <NumberField source="recordId" emptyText="—" />
          <TextField source="ip" emptyText="—" />
        </RecyclableDatagrid>
      )}
    </List>
  );
};
