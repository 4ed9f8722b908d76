import { Route } from 'react-router-dom';
import { CustomRoutes, Resource } from 'react-admin';
import { AppAdmin } from './AppAdmin';
import { authProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { lazyPage } from './common/lazyPage';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { RESOURCES, resourceProps } from './resources';
import { theme } from './theme';
import { Dashboard } from './reports/Dashboard';

// Pages of their own, fetched when first opened (the dashboard is the home page and comes at once).
const ReportPage = lazyPage(() => import('./reports/ReportPage'), (module) => module.ReportPage);
const ComplianceRulesPage = lazyPage(() => import('./reports/ComplianceRulesPage'), (module) => module.ComplianceRulesPage);
// made once: a lazy component made again on a render would fetch and mount its page again
const resources = RESOURCES.map(resourceProps);

/**
 * The admin shell. Every page needs a signed-in user; what each role sees (menu items, buttons,
 * pages) follows authProvider.canAccess. Resources are listed in ./resources (their pages load
 * on demand). The home page is the dashboard; the year-end report and the 三会一课 rules are
 * pages of their own.
 */
export const App = () => (
  <AppAdmin
    title="支部工作台"
    dataProvider={dataProvider}
    authProvider={authProvider}
    loginPage={LoginPage}
    requireAuth
    i18nProvider={i18nProvider}
    layout={AppLayout}
    dashboard={Dashboard}
    theme={theme}
    disableTelemetry
  >
    {resources.map((props) => (
      <Resource key={props.name} {...props} />
    ))}
    <CustomRoutes>
      <Route path="/reports/annual" element={<ReportPage />} />
      <Route path="/reports/compliance-rules" element={<ComplianceRulesPage />} />
    </CustomRoutes>
  </AppAdmin>
);
