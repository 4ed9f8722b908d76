import { useState } from 'react';
import FlagIcon from '@mui/icons-material/Flag';
import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { Form, LocalesMenuButton, PasswordInput, required, TextInput, useLogin, useTranslate } from 'react-admin';
import { DemoAccounts } from './DemoAccounts';
import { loginErrorMessage } from './loginError';

interface Credentials {
  username?: string;
  password?: string;
}

/** 支部工作台 sign-in: product and society name, username and password; errors shown in the card. */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (values: Credentials) => {
    setPending(true);
    setError(null);
    try {
      await login(values);
    } catch (failure) {
      setError(loginErrorMessage(failure, translate));
      setPending(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100dvh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        p: 2,
        background: 'linear-gradient(160deg, #b71c1c 0%, #7f0000 100%)',
      }}
    >
      <Box sx={{ position: 'absolute', top: 8, right: 8, color: 'common.white' }}>
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 380 }} elevation={6}>
        <CardContent sx={{ p: { xs: 3, sm: 4 } }}>
          <Stack spacing={1} sx={{ alignItems: 'center', mb: 3 }}>
            <Avatar sx={{ bgcolor: 'primary.main', width: 48, height: 48 }}>
              <FlagIcon />
            </Avatar>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 600 }}>
              {translate('app.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center' }}>
              {translate('app.auth.society')} · {translate('app.auth.subtitle')}
            </Typography>
          </Stack>
          <Form onSubmit={submit} noValidate>
            <TextInput
              source="username"
              label="ra.auth.username"
              autoComplete="username"
              autoFocus
              validate={required()}
              fullWidth
            />
            <PasswordInput
              source="password"
              label="ra.auth.password"
              autoComplete="current-password"
              validate={required()}
              fullWidth
            />
            {error && (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {error}
              </Alert>
            )}
            <Button type="submit" variant="contained" size="large" fullWidth disabled={pending}>
              {pending ? <CircularProgress size={22} color="inherit" /> : translate('ra.auth.sign_in')}
            </Button>
            <DemoAccounts />
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
};
