import { useEffect, useState } from 'react';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Role, type DemoAccount } from '@wb/contracts';
import { labelOf } from '../common/choices';
import { API_URL } from '../http/httpClient';

/** The demo accounts the server offers (only while its demo data is on); none otherwise. */
function useDemoAccounts(): DemoAccount[] {
  const [accounts, setAccounts] = useState<DemoAccount[]>([]);
  useEffect(() => {
    let live = true;
    fetch(`${API_URL}/auth/demo-accounts`)
      .then((response) => (response.ok ? response.json() : []))
      .then((list: DemoAccount[]) => live && setAccounts(Array.isArray(list) ? list : []))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return accounts;
}

/** Inside the sign-in form: one chip per demo account; a tap fills in its username and password (`onPick`). */
export const DemoAccounts = ({ onPick }: { onPick: (account: DemoAccount) => void }) => {
  const accounts = useDemoAccounts();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (accounts.length === 0) return null;
  return (
    <Box sx={{ mt: 2, p: 1.5, borderRadius: 1, bgcolor: 'action.hover' }} data-testid="demo-accounts">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate('app.auth.demo_title')}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('app.auth.demo_hint')}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {accounts.map((account) => (
          <Chip
            key={account.username}
            size="small"
            variant="outlined"
            label={`${labelOf(Role, account.role, locale)} · ${account.username}`}
            title={[account.displayName, account.org].filter(Boolean).join(' · ')}
            onClick={() => onPick(account)}
          />
        ))}
      </Stack>
    </Box>
  );
};
