import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** A list row's paperclip: how many files the record carries (nothing when none). */
export const AttachmentCountField = (_props: { label?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ attachmentCount?: number }>();
  const translate = useTranslate();
  const count = record?.attachmentCount ?? 0;
  if (!count) return null;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', color: 'text.secondary' }} aria-label={translate('app.attachments.count', { smart_count: count })} title={translate('app.attachments.count', { smart_count: count })}>
      <AttachFileIcon fontSize="small" />
      <Typography variant="body2">{count}</Typography>
    </Stack>
  );
};
