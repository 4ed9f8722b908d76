import { useState, type FormEvent } from 'react';
import FlagIcon from '@mui/icons-material/Flag';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { Alert, Avatar, Box, Button, Card, CardContent, CircularProgress, IconButton, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import { LocalesMenuButton, useLogin, useTranslate } from 'react-admin';
import { DemoAccounts } from './DemoAccounts';
import { loginErrorMessage } from './loginError';

interface Credentials {
  username: string;
  password: string;
}

type Field = keyof Credentials;

/**
 * 支部工作台 sign-in: product and society name, username and password; errors shown in the card.
 * Plain MUI fields rather than react-admin's form inputs, so the first page a visitor loads does
 * not carry react-hook-form (the record forms fetch it with their own pages).
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const [values, setValues] = useState<Credentials>({ username: '', password: '' });
  const [submitted, setSubmitted] = useState(false);
  const [passwordVisible, setPasswordVisible] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const missing = (field: Field) => submitted && values[field].trim() === '';
  const change = (field: Field) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  const fieldProps = (field: Field) => ({
    name: field,
    value: values[field],
    onChange: change(field),
    label: translate(`ra.auth.${field}`),
    required: true,
    fullWidth: true,
    error: missing(field),
    // a blank line keeps the card from jumping when the message appears
    helperText: missing(field) ? translate('ra.validation.required') : ' ',
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!values.username.trim() || !values.password.trim()) return;
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
          <form onSubmit={submit} noValidate>
            <TextField {...fieldProps('username')} autoComplete="username" autoFocus />
            <TextField
              {...fieldProps('password')}
              type={passwordVisible ? 'text' : 'password'}
              autoComplete="current-password"
              slotProps={{
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <IconButton
                        aria-label={translate(passwordVisible ? 'ra.input.password.toggle_visible' : 'ra.input.password.toggle_hidden')}
                        onClick={() => setPasswordVisible(!passwordVisible)}
                        size="small"
                      >
                        {passwordVisible ? <Visibility fontSize="small" /> : <VisibilityOff fontSize="small" />}
                      </IconButton>
                    </InputAdornment>
                  ),
                },
              }}
            />
            {error && (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {error}
              </Alert>
            )}
            <Button type="submit" variant="contained" size="large" fullWidth disabled={pending}>
              {pending ? <CircularProgress size={22} color="inherit" /> : translate('ra.auth.sign_in')}
            </Button>
            <DemoAccounts onPick={(account) => setValues({ username: account.username, password: account.password })} />
          </form>
        </CardContent>
      </Card>
    </Box>
  );
};
