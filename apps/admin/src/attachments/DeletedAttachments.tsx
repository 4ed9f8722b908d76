import { Button, List, ListItem, ListItemText, Typography } from '@mui/material';
import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useTranslate, type Identifier } from 'react-admin';
import { formatDateTime } from '../common/dates';
import type { AppDataProvider } from '../dataProvider';

/** For an admin: the record's deleted files, each with a button that brings it back. */
export const DeletedAttachments = ({ resource, recordId, onRestore }: { resource: string; recordId: Identifier; onRestore: (id: number) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: files } = useQuery({
    queryKey: [resource, 'attachments', String(recordId), 'deleted'],
    queryFn: () => dataProvider.getAttachments(resource, recordId, true).then((r) => r.data),
  });
  if (!files?.length) return null;
  return (
    <div data-testid="attachment-deleted">
      <Typography variant="subtitle2" color="text.secondary">
        {translate('app.attachments.deleted', { smart_count: files.length })}
      </Typography>
      <List dense disablePadding>
        {files.map((file) => (
          <ListItem
            key={file.id}
            disableGutters
            secondaryAction={
              <Button size="small" startIcon={<RestoreFromTrashIcon />} onClick={() => onRestore(file.id)}>
                {translate('app.trash.restore')}
              </Button>
            }
          >
            <ListItemText primary={file.fileName} secondary={file.deletedAt ? formatDateTime(file.deletedAt, locale) : undefined} sx={{ color: 'text.secondary' }} />
          </ListItem>
        ))}
      </List>
    </div>
  );
};
