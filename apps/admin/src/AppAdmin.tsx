import type { ReactNode } from 'react';
import { CssBaseline } from '@mui/material';
import {
  AccessDenied,
  AdminContext,
  AuthCallback,
  AuthenticationError,
  CoreAdminUI,
  Error as ErrorPage,
  LoadingPage,
  localStorageStore,
  NotFound,
  type AdminProps,
  type CatchAllComponent,
} from 'react-admin';
import { AppNotification } from './layout/AppNotification';

// As react-admin's <Admin> keeps its store: the language and the sidebar survive a reload.
const store = localStorageStore();

type AppAdminProps = Pick<
  AdminProps,
  'title' | 'dataProvider' | 'authProvider' | 'i18nProvider' | 'loginPage' | 'requireAuth' | 'layout' | 'dashboard' | 'theme' | 'disableTelemetry'
> & { children: ReactNode };

/**
 * react-admin's <Admin> (AdminContext around AdminUI) put together from the same parts, minus the
 * defaults we replace: <Admin> and <AdminUI> import react-admin's English messages and its own
 * sign-in form (with react-hook-form) as default props, so those would load with the first page
 * even though ours are used instead.
 */
export const AppAdmin = ({ dataProvider, authProvider, i18nProvider, theme, children, ...ui }: AppAdminProps) => (
  <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} theme={theme} store={store}>
    <CssBaseline enableColorScheme>
      <CoreAdminUI
        accessDenied={AccessDenied}
        authCallbackPage={AuthCallback}
        authenticationError={AuthenticationError}
        catchAll={NotFound as CatchAllComponent}
        error={ErrorPage}
        loading={LoadingPage}
        {...ui}
      >
        {children}
      </CoreAdminUI>
      <AppNotification />
    </CssBaseline>
  </AdminContext>
);
