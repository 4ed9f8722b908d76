import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import { useMutation } from '@tanstack/react-query';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useResourceContext } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/** Brings the record of the current row back from the recycle bin. */
export const RestoreButton = () => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.restore(resource!, record!.id),
    onSuccess: () => {
      notify('app.trash.restored', { type: 'success' });
      refresh();
    },
    onError: (error: Error) => notify(error.message || 'ra.notification.http_error', { type: 'error' }),
  });
  if (!record || !resource) return null;
  return (
    <Button
      label="app.trash.restore"
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        mutate();
      }}
    >
      <RestoreFromTrashIcon />
    </Button>
  );
};
