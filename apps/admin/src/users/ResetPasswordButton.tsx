import { useState } from 'react';
import LockResetIcon from '@mui/icons-material/LockReset';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import {
  Button,
  Form,
  PasswordInput,
  required,
  SaveButton,
  useDataProvider,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { User } from '@wb/contracts';
import type { AppDataProvider } from '../dataProvider';
import { passwordLength } from './validation';

/** "重置密码": a dialog asking for the new password, then `POST /api/users/:id/password`. */
export const ResetPasswordButton = () => {
  const user = useRecordContext<User>();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const { mutateAsync, isPending } = useMutation({
    mutationFn: (password: string) => dataProvider.resetPassword(user!.id, password),
  });
  if (!user) return null;

  const submit = async ({ password }: { password?: string }) => {
    try {
      await mutateAsync(password ?? '');
      notify('app.users.password_reset', { type: 'success' });
      setOpen(false);
    } catch (error) {
      // Field errors go next to the input; anything else becomes a notification.
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) return body.errors;
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <>
      <Button label="app.users.reset_password" onClick={() => setOpen(true)}>
        <LockResetIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <Form onSubmit={submit} record={{}}>
          <DialogTitle>
            {translate('app.users.reset_password')}：{user.displayName}
          </DialogTitle>
          <DialogContent>
            <DialogContentText variant="body2" sx={{ mb: 2 }}>
              {translate('app.users.reset_hint')}
            </DialogContentText>
            <PasswordInput
              source="password"
              label="app.users.new_password"
              validate={[required(), passwordLength]}
              autoComplete="new-password"
              autoFocus
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="app.users.reset_password" icon={<LockResetIcon />} disabled={isPending} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
