import { useEffect } from 'react';
import { Typography, useMediaQuery, type Theme } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';

/** App bar: product name, the page title, and react-admin's default toolbar (language switch). */
export const AppBar = () => {
  const translate = useTranslate();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const appTitle = translate('app.title');

  useEffect(() => {
    document.title = appTitle;
  }, [appTitle]);

  return (
    <RaAppBar>
      {!isSmall && (
        <Typography variant="h6" component="span" sx={{ mr: 2, whiteSpace: 'nowrap', fontWeight: 600 }}>
          {appTitle}
        </Typography>
      )}
      <TitlePortal variant="h6" />
    </RaAppBar>
  );
};
