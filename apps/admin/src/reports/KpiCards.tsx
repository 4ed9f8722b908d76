import { Card, CardActionArea, CardContent, Grid, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import { listPath, totalLink, TotalName, type AnnualReport, type TotalKey } from '@wb/contracts';
import { toContractLocale } from '../common/choices';
import { changeOf } from './reportScope';

/** The figures the dashboard opens with, in the order of the year-end summary. */
export const KPI_KEYS: readonly TotalKey[] = [
  'meetings',
  'researchTrips',
  'deeds',
  'recruitments',
  'developmentRecords',
  'volunteerServices',
  'papers',
  'excellentPapers',
  'outreachActivities',
  'journalPosts',
  'publicResponses',
  'writerContacts',
];

const Change = ({ current, previous }: { current: number; previous: number }) => {
  const translate = useTranslate();
  const change = changeOf(current, previous);
  if (!change) return <Typography variant="caption" color="text.secondary">&nbsp;</Typography>;
  const color = change.sign === 'up' ? 'success.main' : change.sign === 'down' ? 'error.main' : 'text.secondary';
  return (
    <Typography variant="caption" sx={{ color }}>
      {translate(`app.reports.change_${change.sign}`, { amount: change.amount, previous })}
    </Typography>
  );
};

/** One card per figure, with the change from last year; each opens the records it counts. */
export const KpiCards = ({ report }: { report: AnnualReport }) => {
  const [locale] = useLocaleState();
  const lang = toContractLocale(locale);
  const scope = { year: report.year, orgId: report.orgId };
  return (
    <Grid container spacing={1.5}>
      {KPI_KEYS.map((key) => (
        <Grid key={key} size={{ xs: 6, sm: 4, md: 3, lg: 2 }}>
          <Card variant="outlined" sx={{ height: '100%' }}>
            <CardActionArea component={Link} to={listPath(totalLink(key, scope))} sx={{ height: '100%' }} data-kpi={key}>
              <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
                <Typography variant="body2" color="text.secondary" noWrap title={TotalName.label(key, lang)}>
                  {TotalName.label(key, lang)}
                </Typography>
                <Typography variant="h5" component="p" sx={{ fontWeight: 600, my: 0.25 }}>
                  {report.totals[key]}
                </Typography>
                <Change current={report.totals[key]} previous={report.previous.totals[key]} />
              </CardContent>
            </CardActionArea>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
};
