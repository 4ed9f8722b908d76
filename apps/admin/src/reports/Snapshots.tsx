import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, List, ListItem, ListItemText, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { AnnualReport } from '@wb/contracts';
import type { AppDataProvider } from '../dataProvider';
import { toContractLocale } from '../common/choices';
import { formatDateTime } from '../common/dates';
import { API_URL } from '../http/httpClient';
import { downloadFile } from '../files/download';
import { snapshotChanges } from './snapshotDiff';
import { REPORTS_KEY } from './useReport';

/** 定稿 (admins and leaders) and the finalised versions of the year, with how today's figures differ from the latest. */
export const Snapshots = ({ report }: { report: AnnualReport }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const { canAccess: canFinalize } = useCanAccess({ resource: 'report-snapshots', action: 'write' });
  const scope = { year: report.year, orgId: report.orgId };
  const { data: snapshots, error } = useQuery({
    queryKey: [REPORTS_KEY, 'snapshots', scope],
    queryFn: () => dataProvider.getReportSnapshots(scope).then((result) => result.data),
  });
  const { data: summary } = useQuery({
    queryKey: [REPORTS_KEY, 'summary', scope],
    queryFn: () => dataProvider.getReportSummary(scope).then((result) => result.data),
  });
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const finalize = async () => {
    setBusy(true);
    try {
      await dataProvider.finalizeReport(scope);
      await queryClient.invalidateQueries({ queryKey: [REPORTS_KEY, 'snapshots', scope] });
      notify('app.reports.finalized', { type: 'success' });
      setConfirming(false);
    } catch (failure) {
      notify((failure as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  const latest = snapshots?.[0];
  const changes = latest ? snapshotChanges(latest.report, report, toContractLocale(locale)) : [];
  return (
    <Stack spacing={1.5}>
      {latest ? (
        changes.length === 0 && latest.summary === (summary?.summary ?? latest.summary) ? (
          <Alert severity="success">{translate('app.reports.snapshot_same')}</Alert>
        ) : (
          <Alert severity="warning">
            {translate('app.reports.snapshot_differs', { count: changes.length })}
            {latest.summary !== summary?.summary && summary && ` ${translate('app.reports.snapshot_text_differs')}`}
          </Alert>
        )
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('app.reports.snapshot_none')}
        </Typography>
      )}
      {changes.length > 0 && (
        <Table size="small" sx={{ maxWidth: 560 }} aria-label={translate('app.reports.snapshot_changes')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.reports.figure')}</TableCell>
              <TableCell align="right">{translate('app.reports.at_snapshot')}</TableCell>
              <TableCell align="right">{translate('app.reports.today')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((change) => (
              <TableRow key={change.label}>
                <TableCell>{change.label}</TableCell>
                <TableCell align="right">{change.then}</TableCell>
                <TableCell align="right">{change.now}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {snapshots && snapshots.length > 0 && (
        <List dense disablePadding>
          {snapshots.map((snapshot, i) => (
            <ListItem
              key={snapshot.id}
              disableGutters
              secondaryAction={
                <Button size="small" onClick={() => downloadFile(`${API_URL}/reports/snapshots/${snapshot.id}/docx`, `${report.year}-定稿.docx`).catch((failure) => notify(failure.message, { type: 'error' }))}>
                  Word
                </Button>
              }
            >
              <ListItemText
                primary={translate(i === 0 ? 'app.reports.snapshot_current' : 'app.reports.snapshot_superseded', { at: formatDateTime(snapshot.createdAt, locale), name: snapshot.createdByName })}
              />
            </ListItem>
          ))}
        </List>
      )}
      {canFinalize && (
        <div>
          <Button variant="contained" color="primary" startIcon={<LockIcon />} onClick={() => setConfirming(true)} sx={{ '@media print': { display: 'none' } }}>
            {translate(latest ? 'app.reports.finalize_again' : 'app.reports.finalize')}
          </Button>
        </div>
      )}
      <Dialog open={confirming} onClose={() => setConfirming(false)}>
        <DialogTitle>{translate('app.reports.finalize_title', { year: report.year, org: report.orgName })}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate(latest ? 'app.reports.finalize_supersedes' : 'app.reports.finalize_explain')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy} onClick={finalize}>
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};
