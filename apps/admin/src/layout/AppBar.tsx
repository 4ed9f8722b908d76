import { useEffect } from 'react';
import { Typography, useMediaQuery, type Theme } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';
import { UserMenu } from './UserMenu';

/** App bar: product name, the page title, the language switch and the user menu (who, 退出登录). */
export const AppBar = () => {
  const translate = useTranslate();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const appTitle = translate('app.title');

  useEffect(() => {
    document.title = appTitle;
  }, [appTitle]);

  return (
    <RaAppBar userMenu={<UserMenu />}>
      {!isSmall && (
        <Typography variant="h6" component="span" sx={{ mr: 2, whiteSpace: 'nowrap', fontWeight: 600 }}>
          {appTitle}
        </Typography>
      )}
      {/* a long record title ends in … rather than running under the language switch on a phone */}
      {/* a phone shows the title a size smaller, so that a form's (新建期刊与网站信息) fits whole */}
      <TitlePortal variant="h6" sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontSize: { xs: '1rem', sm: '1.25rem' } }} />
    </RaAppBar>
  );
};
