import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import auditLogs from './audit-logs';
import { authProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { withImport } from './import/withImport';
import { AppLayout } from './layout/AppLayout';
import deeds from './deeds';
import developmentRecords from './development-records';
import journalPosts from './journal-posts';
import meetings from './meetings';
import members from './members';
import orgs from './orgs';
import outreachActivities from './outreach-activities';
import papers from './papers';
import recruitments from './recruitments';
import researchTrips from './research-trips';
import users from './users';
import volunteerServices from './volunteer-services';
import writerContacts from './writer-contacts';
import { theme } from './theme';
import { Dashboard } from './reports/Dashboard';
import { ReportPage } from './reports/ReportPage';
import { ComplianceRulesPage } from './reports/ComplianceRulesPage';

/**
 * The admin shell. Every page needs a signed-in user; what each role sees (menu items, buttons,
 * pages) follows authProvider.canAccess. Later resources are one <Resource> line each. The home
 * page is the dashboard; the year-end report and the 三会一课 rules are pages of their own.
 */
export const App = () => (
  <Admin
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
    <Resource name="meetings" {...withImport(meetings)} />
    <Resource name="research-trips" {...withImport(researchTrips)} />
    <Resource name="deeds" {...withImport(deeds)} />
    <Resource name="recruitments" {...withImport(recruitments)} />
    <Resource name="development-records" {...withImport(developmentRecords)} />
    <Resource name="volunteer-services" {...withImport(volunteerServices)} />
    <Resource name="papers" {...withImport(papers)} />
    <Resource name="outreach-activities" {...withImport(outreachActivities)} />
    <Resource name="journal-posts" {...withImport(journalPosts)} />
    <Resource name="writer-contacts" {...withImport(writerContacts)} />
    <Resource name="members" {...withImport(members)} />
    <Resource name="orgs" {...orgs} />
    <Resource name="users" {...users} />
    <Resource name="audit-logs" {...auditLogs} />
    <CustomRoutes>
      <Route path="/reports/annual" element={<ReportPage />} />
      <Route path="/reports/compliance-rules" element={<ComplianceRulesPage />} />
    </CustomRoutes>
  </Admin>
);
