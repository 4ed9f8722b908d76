import { lazy, Suspense, useMemo } from 'react';
import { Card, CardContent, CardHeader, Grid, Skeleton } from '@mui/material';
import { useNavigate } from 'react-router-dom';
import { useLocaleState } from 'react-admin';
import { chartHasData, chartLink, listPath, reportCharts, type AnnualReport, type ChartSpec } from '@wb/contracts';
import { toContractLocale } from '../common/choices';

/** recharts is loaded when the first chart is drawn, not with the rest of the admin. */
const ChartView = lazy(() => import('./charts/ChartView'));

/** A chart in a card; a bar or slice opens the records behind it. */
export const ChartCard = ({ spec, report }: { spec: ChartSpec; report: AnnualReport }) => {
  const navigate = useNavigate();
  const scope = { year: report.year, orgId: report.orgId };
  return (
    <Card variant="outlined" sx={{ height: '100%', breakInside: 'avoid' }} data-chart={spec.key}>
      <CardHeader title={spec.title} slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }} sx={{ pb: 0 }} />
      <CardContent>
        <Suspense fallback={<Skeleton variant="rectangular" height={240} />}>
          <ChartView
            spec={spec}
            onPick={(point, series) => {
              const link = chartLink(spec.key, series, point.key, scope);
              if (link) navigate(listPath(link));
            }}
          />
        </Suspense>
      </CardContent>
    </Card>
  );
};

/** The report's charts (those with anything to draw), two to a row on a wide screen. */
export const ReportCharts = ({ report, only }: { report: AnnualReport; only?: readonly string[] }) => {
  const [locale] = useLocaleState();
  const specs = useMemo(
    () => reportCharts(report, toContractLocale(locale)).filter((spec) => chartHasData(spec) && (!only || only.includes(spec.key))),
    [report, locale, only],
  );
  return (
    <Grid container spacing={2}>
      {specs.map((spec) => (
        <Grid key={spec.key} size={{ xs: 12, md: spec.key === 'monthly' ? 12 : 6 }}>
          <ChartCard spec={spec} report={report} />
        </Grid>
      ))}
    </Grid>
  );
};
