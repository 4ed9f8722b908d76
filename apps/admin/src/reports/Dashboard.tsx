import type { ReactNode } from 'react';
import { Alert, Box, Button, Card, CardActionArea, CardContent, CardHeader, Grid, Skeleton, Stack, Typography } from '@mui/material';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { Link } from 'react-router-dom';
import { Title, useGetIdentity, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { breakdownChart, DueState, listPath, type AnnualReport } from '@wb/contracts';
import { toContractLocale } from '../common/choices';
import type { Identity } from '../auth/authProvider';
import { ChartCard, ReportCharts } from './ReportCharts';
import { ComplianceGrid } from './ComplianceGrid';
import { KpiCards } from './KpiCards';
import { OrgBreakdown } from './OrgBreakdown';
import { ReportScopeBar } from './ReportScopeBar';
import { TodoPanel } from './TodoPanel';
import { useAnnualReport, useReportScope } from './useReport';

/** A titled section of the dashboard or the report; `printHidden` leaves it out of the print view. */
export const Panel = ({ title, printHidden, children }: { title: string; printHidden?: boolean; children: ReactNode }) => (
  <Card variant="outlined" component="section" aria-label={title} className={printHidden ? 'print-hidden' : undefined}>
    <CardHeader title={title} slotProps={{ title: { variant: 'h6', component: 'h2' } }} sx={{ pb: 0 }} />
    <CardContent>{children}</CardContent>
  </Card>
);

/** The development pipeline's steps overdue and due within 30 days, today, each opening its list. */
const DevelopmentDue = ({ orgId }: { orgId: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const count = (due: DueState) => ({ pagination: { page: 1, perPage: 1 }, filter: { orgId, due } });
  const overdue = useGetList('development-records', count('overdue'));
  const soon = useGetList('development-records', count('soon'));
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardHeader title={translate('app.reports.development_due')} slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }} sx={{ pb: 0 }} />
      <CardContent>
        <Stack direction="row" spacing={2}>
          {([['overdue', overdue.total], ['soon', soon.total]] as const).map(([due, total]) => (
            <Card key={due} variant="outlined" sx={{ flex: 1 }}>
              <CardActionArea component={Link} to={listPath({ resource: 'development-records', filter: { orgId, due } })} sx={{ p: 2 }}>
                <Typography variant="body2" color="text.secondary">
                  {DueState.label(due, toContractLocale(locale))}
                </Typography>
                <Typography variant="h4" component="p" color={due === 'overdue' && total ? 'error' : undefined}>
                  {total ?? '…'}
                </Typography>
              </CardActionArea>
            </Card>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
};

const Figures = ({ report }: { report: AnnualReport }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <KpiCards report={report} />
      <ReportCharts report={report} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <ChartCard spec={breakdownChart(report, 'developmentByStage')} report={report} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <DevelopmentDue orgId={report.orgId} />
        </Grid>
      </Grid>
      <Panel title={translate('app.reports.compliance')}>
        <ComplianceGrid year={report.year} rows={report.compliance} />
      </Panel>
      {report.byOrg.length > 0 && (
        <Panel title={translate('app.reports.by_org')}>
          <OrgBreakdown report={report} basePath="/" />
        </Panel>
      )}
    </Stack>
  );
};

/**
 * The home page for every role: the year's figures of the user's org (or one they pick) with the
 * change from last year, the charts, 三会一课 and the child orgs; every number opens its records.
 * A branch secretary sees what is due first.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { year, orgId, yearChoices, update } = useReportScope();
  const { data: report, error } = useAnnualReport(year, orgId);
  const isSecretary = (identity as Identity | undefined)?.role === 'secretary';
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 3 }}>
      <Title title={translate('app.reports.dashboard')} />
      {isSecretary && <TodoPanel />}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h2">
          {report ? translate('app.reports.heading', { org: report.orgName, year: report.year }) : translate('app.reports.dashboard')}
        </Typography>
        <ReportScopeBar year={year} orgId={orgId} yearChoices={yearChoices} update={update}>
          <Button component={Link} to={`/reports/annual?year=${year ?? ''}${orgId ? `&orgId=${orgId}` : ''}`} startIcon={<AssessmentIcon />} variant="outlined" size="small">
            {translate('app.reports.open_report')}
          </Button>
        </ReportScopeBar>
      </Stack>
      {error ? (
        <Alert severity="error">{(error as Error).message}</Alert>
      ) : report ? (
        <Figures report={report} />
      ) : (
        <Box>
          <Skeleton variant="rectangular" height={120} />
        </Box>
      )}
    </Stack>
  );
};
