import { useRef, useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useCreatePath, useGetResourceLabel, useNotify, useRefresh, useResourceContext, useTranslate } from 'react-admin';
import type { ErrorBody, ImportResult } from '@wb/contracts';
import { downloadFile } from '../files/download';
import { uploadFile } from '../files/upload';
import { API_URL } from '../http/httpClient';

type Stage = { kind: 'idle' } | { kind: 'sending'; fraction: number; importing: boolean } | { kind: 'checked'; result: ImportResult } | { kind: 'done'; result: ImportResult };

const errorCell = { bgcolor: 'error.light', color: 'error.contrastText' } as const;

/** The rows read, with every cell the server found wrong marked (its message on hover). */
const Preview = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  const wrong = new Map(result.errors.map((error) => [`${error.row}\n${error.column}`, error.message]));
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('app.import.preview', { count: result.preview.length })}
      </Typography>
      <Table size="small" data-testid="import-preview">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.import.row')}</TableCell>
            {result.columns.map((column) => (
              <TableCell key={column} sx={{ whiteSpace: 'nowrap' }}>{column}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {result.preview.map(({ row, values }) => (
            <TableRow key={row}>
              <TableCell>{row}</TableCell>
              {result.columns.map((column) => {
                const message = wrong.get(`${row}\n${column}`);
                return message ? (
                  <Tooltip key={column} title={message}>
                    <TableCell sx={errorCell} data-error={message}>{values[column] || '—'}</TableCell>
                  </Tooltip>
                ) : (
                  <TableCell key={column}>{values[column]}</TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** Every problem, by the sheet's own row number and column. */
const Problems = ({ result }: { result: ImportResult }) => {
  const translate = useTranslate();
  if (result.errors.length === 0) return null;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Typography variant="subtitle2" color="error" sx={{ mb: 1 }}>
        {translate('app.import.errors_title', { count: result.errors.length })}
      </Typography>
      <Table size="small" data-testid="import-errors">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.import.row')}</TableCell>
            <TableCell>{translate('app.import.column')}</TableCell>
            <TableCell>{translate('app.import.message')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {result.errors.slice(0, 500).map((error, i) => (
            <TableRow key={i}>
              <TableCell>{error.row}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{error.column}</TableCell>
              <TableCell>{error.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/**
 * 导入 for one resource: download the template, choose the filled-in file, watch it upload and be
 * checked, see the first rows with the wrong cells marked and every problem listed, then 确认导入.
 */
export const ImportPage = () => {
  const resource = useResourceContext()!;
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const createPath = useCreatePath();
  const notify = useNotify();
  const refresh = useRefresh();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const name = getResourceLabel(resource, 2);

  const send = async (chosen: File, dryRun: boolean) => {
    setStage({ kind: 'sending', fraction: 0, importing: !dryRun });
    try {
      const answer = await uploadFile<ImportResult | ErrorBody>(`${API_URL}/${resource}/import?dryRun=${dryRun}`, chosen, (fraction) =>
        setStage({ kind: 'sending', fraction, importing: !dryRun }),
      );
      if (answer.status !== 200) {
        notify(translate('app.import.failed', { message: (answer.json as ErrorBody).message }), { type: 'error' });
        setStage({ kind: 'idle' });
        return;
      }
      const result = answer.json as ImportResult;
      setStage(dryRun || result.created === 0 ? { kind: 'checked', result } : { kind: 'done', result });
      if (!dryRun && result.created > 0) refresh();
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
      setStage({ kind: 'idle' });
    }
  };

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    void send(chosen, true);
  };

  const template = async () => {
    try {
      await downloadFile(`${API_URL}/${resource}/import-template`, `${resource}-template.xlsx`);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.import.title', { name })} />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6">{translate('app.import.title', { name })}</Typography>
          <Stack spacing={1}>
            <Typography variant="body2">{translate('app.import.step_template')}</Typography>
            <div>
              <Button variant="outlined" startIcon={<DownloadIcon />} onClick={template}>
                {translate('app.import.download_template')}
              </Button>
            </div>
          </Stack>
          <Stack spacing={1}>
            <Typography variant="body2">{translate('app.import.step_file')}</Typography>
            <div>
              <input
                ref={input}
                type="file"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                hidden
                data-testid="import-file"
                onChange={(event) => {
                  choose(event.target.files?.[0]);
                  event.target.value = '';
                }}
              />
              <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} disabled={stage.kind === 'sending'}>
                {translate('app.import.choose')}
              </Button>
              {file && (
                <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                  {file.name}
                </Typography>
              )}
            </div>
          </Stack>

          {stage.kind === 'sending' && (
            <Box data-testid="import-progress">
              <Typography variant="body2" sx={{ mb: 0.5 }}>
                {stage.fraction < 1
                  ? translate('app.import.uploading', { percent: Math.round(stage.fraction * 100) })
                  : translate(stage.importing ? 'app.import.importing' : 'app.import.checking')}
              </Typography>
              <LinearProgress variant={stage.fraction < 1 ? 'determinate' : 'indeterminate'} value={stage.fraction * 100} />
            </Box>
          )}

          {stage.kind === 'checked' && (
            <Stack spacing={2}>
              <Alert severity={stage.result.errors.length ? 'error' : 'success'} data-testid="import-summary">
                {translate('app.import.summary', { rows: stage.result.rows, valid: stage.result.valid })}
                {'，'}
                {translate(stage.result.errors.length ? 'app.import.fix_and_retry' : 'app.import.all_good')}
              </Alert>
              {stage.result.errors.length === 0 && stage.result.rows > 0 && file && (
                <div>
                  <Button variant="contained" color="primary" onClick={() => send(file, false)}>
                    {translate('app.import.confirm')}
                  </Button>
                </div>
              )}
              <Problems result={stage.result} />
              <Preview result={stage.result} />
            </Stack>
          )}

          {stage.kind === 'done' && (
            <Stack spacing={2}>
              <Alert severity="success" data-testid="import-done">
                {translate('app.import.done', { created: stage.result.created })}
              </Alert>
              <div>
                <Button component={Link} to={createPath({ resource, type: 'list' })} variant="outlined">
                  {translate('app.import.back')}
                </Button>
              </div>
            </Stack>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
