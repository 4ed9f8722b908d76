import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Attachment } from '@wb/contracts';
import { saveBlob } from '../files/download';
import { contentUrl, fetchBlob, thumbnailUrl, useBlobUrl } from './fileBlobs';

/** What showing a photo needs of its attachment. */
type Photo = Pick<Attachment, 'id' | 'fileName'>;

/** One photo of the gallery: its thumbnail, fetched with the user's token. */
export const Thumbnail = ({ file, onOpen }: { file: Photo; onOpen: () => void }) => {
  const src = useBlobUrl(thumbnailUrl(file.id));
  return (
    <Box component="button" type="button" onClick={onOpen} aria-label={file.fileName} sx={{ p: 0, border: 0, width: '100%', height: '100%', cursor: 'zoom-in', bgcolor: 'grey.200' }}>
      {src && <img src={src} alt={file.fileName} style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} />}
    </Box>
  );
};

/** The full-size photo, over the page. */
export const Viewer = ({ file, onClose }: { file: Photo | null; onClose: () => void }) => {
  const src = useBlobUrl(file ? contentUrl(file.id) : null);
  const translate = useTranslate();
  return (
    <Dialog open={file !== null} onClose={onClose} maxWidth="lg" fullWidth>
      <DialogTitle sx={{ pb: 1 }}>{file?.fileName}</DialogTitle>
      <DialogContent sx={{ textAlign: 'center' }}>
        {src ? <img src={src} alt={file?.fileName} style={{ maxWidth: '100%', maxHeight: '75vh' }} /> : <LinearProgress />}
      </DialogContent>
      <DialogActions>
        {file && src && (
          <Button onClick={() => fetchBlob(contentUrl(file.id)).then((blob) => saveBlob(blob, file.fileName))}>{translate('app.attachments.download')}</Button>
        )}
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
