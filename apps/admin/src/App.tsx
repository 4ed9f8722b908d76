import { Admin, Resource } from 'react-admin';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import meetings from './meetings';
import members from './members';
import orgs from './orgs';
import { theme } from './theme';

/**
 * The admin shell. The next issue adds `authProvider` (login, tokens, canAccess) here and the
 * bearer token in http/httpClient.ts; later resources are one <Resource> line each.
 */
export const App = () => (
  <Admin
    title="支部工作台"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    theme={theme}
    disableTelemetry
  >
    <Resource name="meetings" {...meetings} />
    <Resource name="members" {...members} />
    <Resource name="orgs" {...orgs} />
  </Admin>
);
