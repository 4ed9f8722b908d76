import { useEffect, useState } from 'react';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { formatDateTime } from '../common/dates';
import { REPORTS_KEY } from './useReport';

/**
 * The year-end summary: drafted by the API from the year's figures in the manner of the branch's
 * own, edited here and saved (Word and 定稿 use the saved text; printing prints the box as it
 * stands). Unsaved edits stay in the box when the save fails.
 */
export const SummaryEditor = ({ year, orgId }: { year: number; orgId: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const { canAccess: canWrite } = useCanAccess({ resource: 'reports', action: 'write' });
  const { data, error } = useQuery({
    queryKey: [REPORTS_KEY, 'summary', { year, orgId }],
    queryFn: () => dataProvider.getReportSummary({ year, orgId }).then((result) => result.data),
  });
  const [text, setText] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  useEffect(() => setText(undefined), [year, orgId]);
  const value = text ?? data?.summary ?? '';
  const dirty = data !== undefined && text !== undefined && text !== data.summary;

  const save = async (summary: string) => {
    setSaving(true);
    try {
      const saved = (await dataProvider.saveReportSummary({ year, orgId }, summary)).data;
      queryClient.setQueryData([REPORTS_KEY, 'summary', { year, orgId }], saved);
      setText(undefined);
      notify('app.reports.summary_saved', { type: 'success' });
    } catch (failure) {
      notify((failure as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  return (
    <Stack spacing={1}>
      <Typography variant="body2" color="text.secondary" sx={{ '@media print': { display: 'none' } }}>
        {data?.draft
          ? translate('app.reports.summary_edited', { name: data.draft.updatedByName, at: formatDateTime(data.draft.updatedAt, locale) })
          : translate('app.reports.summary_generated')}
      </Typography>
      <TextField
        multiline
        minRows={8}
        fullWidth
        value={value}
        onChange={(event) => setText(event.target.value)}
        slotProps={{ htmlInput: { 'aria-label': translate('app.reports.summary'), readOnly: !canWrite, maxLength: 50000 } }}
        sx={{ '@media print': { display: 'none' }, '& textarea': { lineHeight: 1.8 } }}
      />
      <Box sx={{ display: 'none', '@media print': { display: 'block' } }}>
        {value
          .split(/\n\s*\n/)
          .filter((paragraph) => paragraph.trim())
          .map((paragraph, i) => (
            <Typography key={i} sx={{ textIndent: '2em', lineHeight: 1.9, whiteSpace: 'pre-line', mb: 1 }}>
              {paragraph.trim()}
            </Typography>
          ))}
      </Box>
      {canWrite && (
        <Stack direction="row" spacing={1} sx={{ '@media print': { display: 'none' } }}>
          <Button variant="contained" disabled={!dirty || saving || !value.trim()} onClick={() => save(value)}>
            {translate('app.reports.summary_save')}
          </Button>
          <Button disabled={saving || data === undefined || value === data.generated} onClick={() => setText(data!.generated)}>
            {translate('app.reports.summary_regenerate')}
          </Button>
          {dirty && (
            <Button color="inherit" onClick={() => setText(undefined)}>
              {translate('ra.action.undo')}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
};
