import { Box } from '@mui/material';
import {
  FunctionField,
  Labeled,
  Link,
  Show,
  SimpleShowLayout,
  TextField,
  useCreatePath,
  useRecordContext,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import type { AuditLog } from '@wb/contracts';
import { ActionChip } from '../audit/ActionChip';
import { DateTimeField } from '../common/DateFields';
import { diffRows } from '../audit/diff';
import { DiffTable } from '../audit/DiffTable';
import { ResourceField } from './ResourceField';

const grid = { display: 'grid', gap: 2, width: '100%', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(6, 1fr)' } };

/** The record id, linking to the record when it has a page here. */
const RecordLink = () => {
  const log = useRecordContext<AuditLog>();
  const definitions = useResourceDefinitions();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!log) return null;
  const definition = definitions[log.resource];
  const type = definition?.hasShow ? 'show' : definition?.hasEdit ? 'edit' : null;
  if (log.recordId === null) return <span>—</span>;
  if (!type || log.action === 'delete') return <span>{log.recordId}</span>;
  return (
    <Link to={createPath({ resource: log.resource, id: log.recordId, type })}>
      {log.recordId}（{translate('app.audit.open_record')}）
    </Link>
  );
};

const Changes = () => {
  const log = useRecordContext<AuditLog>();
  return log ? <DiffTable resource={log.resource} rows={diffRows(log)} /> : null;
};

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <Box sx={grid}>
        <Labeled source="at"><DateTimeField source="at" /></Labeled>
        <Labeled source="actorName"><TextField source="actorName" /></Labeled>
        <Labeled source="action"><FunctionField<AuditLog> render={(log) => <ActionChip action={log.action} />} /></Labeled>
        <Labeled source="resource"><ResourceField source="resource" /></Labeled>
        <Labeled source="recordId"><RecordLink /></Labeled>
        <Labeled source="ip"><TextField source="ip" emptyText="—" /></Labeled>
      </Box>
      <Box sx={{ width: '100%', overflowX: 'auto' }}>
        <Changes />
      </Box>
    </SimpleShowLayout>
  </Show>
);
