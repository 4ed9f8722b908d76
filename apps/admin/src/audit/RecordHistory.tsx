import { Alert, Box, CircularProgress, Divider, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import type { AuditLog } from '@wb/contracts';
import { formatDateTime } from '../common/dates';
import type { AppDataProvider } from '../dataProvider';
import { ActionChip } from './ActionChip';
import { diffRows } from './diff';
import { DiffTable } from './DiffTable';

const SUMMARY: Record<string, string> = {
  create: 'app.history.created',
  delete: 'app.history.deleted',
  restore: 'app.history.restored',
};

const HistoryEntry = ({ log, resource }: { log: AuditLog; resource: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows = log.action === 'update' ? diffRows(log) : [];
  return (
    <Box sx={{ py: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography variant="body2" color="text.secondary">{formatDateTime(log.at, locale)}</Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>{log.actorName}</Typography>
        <ActionChip action={log.action} />
        {log.action !== 'update' && <Typography variant="body2">{translate(SUMMARY[log.action] ?? '')}</Typography>}
        {log.action === 'update' && rows.length === 0 && (
          <Typography variant="body2" color="text.secondary">{translate('app.history.no_changes')}</Typography>
        )}
      </Stack>
      {rows.length > 0 && (
        <Box sx={{ mt: 1, overflowX: 'auto' }}>
          <DiffTable resource={resource} rows={rows} />
        </Box>
      )}
    </Box>
  );
};

/** The audit trail of the record in context (`GET /api/<resource>/:id/history`), newest first. */
export const RecordHistory = () => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data, isPending, error } = useQuery({
    // Keyed under the resource, so react-admin's refresh reloads it with the record.
    queryKey: [resource, 'getHistory', { id: String(record?.id) }],
    queryFn: () => dataProvider.getHistory(resource!, record!.id).then((result) => result.data),
    enabled: record != null && resource != null,
  });

  if (isPending) return <CircularProgress size={24} sx={{ m: 2 }} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (data.length === 0) return <Typography color="text.secondary">{translate('app.history.empty')}</Typography>;
  return (
    <Stack divider={<Divider flexItem />} sx={{ width: '100%' }}>
      {data.map((log) => (
        <HistoryEntry key={log.id} log={log} resource={resource!} />
      ))}
    </Stack>
  );
};
