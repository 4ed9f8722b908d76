import { useRef, useState, type DragEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  ImageList,
  ImageListItem,
  ImageListItemBar,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Stack,
  Tooltip,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import CameraAltIcon from '@mui/icons-material/CameraAlt';
import DeleteIcon from '@mui/icons-material/Delete';
import DescriptionIcon from '@mui/icons-material/Description';
import GridOnIcon from '@mui/icons-material/GridOn';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import StarIcon from '@mui/icons-material/Star';
import StarBorderIcon from '@mui/icons-material/StarBorder';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCanAccess, useDataProvider, useLocaleState, useNotify, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { MAX_ATTACHMENT_BYTES, MAX_FILES_PER_UPLOAD, REPORT_PHOTO_RESOURCES, type Attachment, type FieldError } from '@wb/contracts';
import type { AppDataProvider } from '../dataProvider';
import { formatDateTime } from '../common/dates';
import { saveBlob } from '../files/download';
import { uploadFiles } from '../files/upload';
import { API_URL } from '../http/httpClient';
import { DeletedAttachments } from './DeletedAttachments';
import { contentUrl, fetchBlob } from './fileBlobs';
import { Thumbnail, Viewer } from './PhotoViews';
import { formatSize } from './formatSize';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf,.doc,.docx,.xls,.xlsx';

const KIND_ICON = { pdf: <PictureAsPdfIcon color="error" />, word: <DescriptionIcon color="primary" />, excel: <GridOnIcon color="success" />, image: null };

/**
 * 附件: the record's evidence. Photos in a gallery (a tap opens the full size), other files in a
 * list (PDFs open in the browser, Word and Excel download). Those who may change the record add
 * files by dragging them here, choosing them, or — on a phone — taking a photo; each upload shows
 * its progress, and a refused file says why.
 */
export const AttachmentsPanel = () => {
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { canAccess: canWrite } = useCanAccess({ resource, action: 'edit', record });
  const { canAccess: canRestore } = useCanAccess({ resource, action: 'restore' });
  // activities' photos can be chosen for the year-end report
  const reportable = REPORT_PHOTO_RESOURCES.includes(resource);
  const key = [resource, 'attachments', String(record?.id)];
  const { data: files, error } = useQuery({ queryKey: key, queryFn: () => dataProvider.getAttachments(resource, record!.id).then((r) => r.data), enabled: record != null });
  const [progress, setProgress] = useState<number | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [viewing, setViewing] = useState<Attachment | null>(null);
  const [deleting, setDeleting] = useState<Attachment | null>(null);
  const [dragging, setDragging] = useState(false);
  const chooser = useRef<HTMLInputElement>(null);
  const camera = useRef<HTMLInputElement>(null);

  const refresh = () => {
    // the live files and, for an admin, the deleted ones
    queryClient.invalidateQueries({ queryKey: key });
    // the list pages' paperclips
    queryClient.invalidateQueries({ queryKey: [resource, 'getList'] });
  };

  const upload = async (chosen: File[]) => {
    if (chosen.length === 0 || !record) return;
    const tooBig = chosen.filter((file) => file.size > MAX_ATTACHMENT_BYTES);
    if (tooBig.length || chosen.length > MAX_FILES_PER_UPLOAD) {
      setProblems([
        ...tooBig.map((file) => translate('app.attachments.too_big', { name: file.name, mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 })),
        ...(chosen.length > MAX_FILES_PER_UPLOAD ? [translate('app.attachments.too_many', { count: MAX_FILES_PER_UPLOAD })] : []),
      ]);
      return;
    }
    setProblems([]);
    setProgress(0);
    try {
      const answer = await uploadFiles<{ message?: string; errors?: FieldError[] }>(`${API_URL}/${resource}/${record.id}/attachments`, 'files', chosen, setProgress);
      if (answer.status >= 400) setProblems(answer.json.errors?.length ? answer.json.errors.map((e) => e.message) : [answer.json.message ?? translate('ra.notification.http_error')]);
      else notify('app.attachments.uploaded', { type: 'success', messageArgs: { smart_count: chosen.length } });
      refresh();
    } catch {
      setProblems([translate('ra.notification.http_error')]);
    } finally {
      setProgress(null);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (canWrite) upload([...event.dataTransfer.files]);
  };

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      refresh();
    } catch (failure) {
      notify((failure as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
  };

  const open = async (file: Attachment) => {
    const blob = await fetchBlob(contentUrl(file.id)).catch((failure: Error) => {
      notify(failure.message, { type: 'error' });
      return null;
    });
    if (!blob) return;
    if (file.kind === 'pdf') window.open(URL.createObjectURL(blob), '_blank', 'noopener');
    else saveBlob(blob, file.fileName);
  };

  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  const photos = files?.filter((file) => file.kind === 'image') ?? [];
  const documents = files?.filter((file) => file.kind !== 'image') ?? [];
  return (
    <Stack spacing={2} sx={{ width: '100%' }} onDragOver={(event) => { event.preventDefault(); if (canWrite) setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      {canWrite && (
        <Box
          data-testid="attachment-drop"
          sx={{ border: '2px dashed', borderColor: dragging ? 'primary.main' : 'divider', borderRadius: 1, p: 2, textAlign: 'center', bgcolor: dragging ? 'action.hover' : undefined }}
        >
          <Stack direction="row" spacing={1} useFlexGap sx={{ justifyContent: 'center', flexWrap: 'wrap' }}>
            <Button variant="contained" startIcon={<CameraAltIcon />} onClick={() => camera.current?.click()} disabled={progress !== null}>
              {translate('app.attachments.take_photo')}
            </Button>
            <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => chooser.current?.click()} disabled={progress !== null}>
              {translate('app.attachments.choose')}
            </Button>
          </Stack>
          {!isSmall && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('app.attachments.drop_hint', { mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 })}
            </Typography>
          )}
          <input ref={camera} type="file" accept="image/*" capture="environment" hidden data-testid="attachment-camera" onChange={(event) => { upload([...(event.target.files ?? [])]); event.target.value = ''; }} />
          <input ref={chooser} type="file" accept={ACCEPT} multiple hidden data-testid="attachment-input" onChange={(event) => { upload([...(event.target.files ?? [])]); event.target.value = ''; }} />
          {progress !== null && (
            <Box sx={{ mt: 1.5 }} data-testid="attachment-progress">
              <LinearProgress variant={progress < 1 ? 'determinate' : 'indeterminate'} value={progress * 100} />
              <Typography variant="caption">{progress < 1 ? translate('app.attachments.uploading', { percent: Math.round(progress * 100) }) : translate('app.attachments.processing')}</Typography>
            </Box>
          )}
        </Box>
      )}
      {problems.length > 0 && (
        <Alert severity="error" onClose={() => setProblems([])} data-testid="attachment-problems">
          {problems.map((problem) => (
            <div key={problem}>{problem}</div>
          ))}
        </Alert>
      )}
      {files && files.length === 0 && <Typography color="text.secondary">{translate('app.attachments.none')}</Typography>}
      {photos.length > 0 && (
        <ImageList cols={isSmall ? 2 : 4} gap={8} rowHeight={isSmall ? 140 : 180} sx={{ m: 0 }} data-testid="attachment-gallery">
          {photos.map((file) => (
            <ImageListItem key={file.id}>
              <Thumbnail file={file} onOpen={() => setViewing(file)} />
              <ImageListItemBar
                title={file.fileName}
                subtitle={formatDateTime(file.createdAt, locale)}
                actionIcon={
                  canWrite && (
                    <Stack direction="row">
                      {reportable && (
                        <Tooltip title={translate(file.inReport ? 'app.attachments.out_of_report' : 'app.attachments.into_report')}>
                          <IconButton
                            size="small"
                            sx={{ color: 'white' }}
                            aria-pressed={file.inReport}
                            aria-label={translate('app.attachments.into_report')}
                            onClick={() => act(() => dataProvider.updateAttachment(file.id, { inReport: !file.inReport, version: file.version }))}
                          >
                            {file.inReport ? <StarIcon sx={{ color: '#ffd54f' }} /> : <StarBorderIcon />}
                          </IconButton>
                        </Tooltip>
                      )}
                      <IconButton size="small" sx={{ color: 'white' }} aria-label={translate('ra.action.delete')} onClick={() => setDeleting(file)}>
                        <DeleteIcon />
                      </IconButton>
                    </Stack>
                  )
                }
              />
            </ImageListItem>
          ))}
        </ImageList>
      )}
      {documents.length > 0 && (
        <List dense disablePadding>
          {documents.map((file) => (
            <ListItem
              key={file.id}
              disablePadding
              secondaryAction={
                canWrite && (
                  <IconButton edge="end" aria-label={translate('ra.action.delete')} onClick={() => setDeleting(file)}>
                    <DeleteIcon />
                  </IconButton>
                )
              }
            >
              <ListItemButton onClick={() => open(file)}>
                <ListItemIcon>{KIND_ICON[file.kind]}</ListItemIcon>
                <ListItemText primary={file.fileName} secondary={`${formatSize(file.size)} · ${file.createdByName} · ${formatDateTime(file.createdAt, locale)}`} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
      {canRestore && record && <DeletedAttachments resource={resource} recordId={record.id} onRestore={(id) => act(() => dataProvider.restoreAttachment(id))} />}
      <Viewer file={viewing} onClose={() => setViewing(null)} />
      <Dialog open={deleting !== null} onClose={() => setDeleting(null)}>
        <DialogTitle>{translate('app.attachments.delete_title')}</DialogTitle>
        <DialogContent>{translate('app.attachments.delete_confirm', { name: deleting?.fileName ?? '' })}</DialogContent>
        <DialogActions>
          <Button onClick={() => setDeleting(null)}>{translate('ra.action.cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => {
              const file = deleting!;
              setDeleting(null);
              act(() => dataProvider.deleteAttachment(file.id));
            }}
          >
            {translate('ra.action.delete')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
};
