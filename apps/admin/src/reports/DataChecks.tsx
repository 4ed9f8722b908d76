import { Alert, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { CheckKind, type DataCheck } from '@wb/contracts';
import type { AppDataProvider } from '../dataProvider';
import { toContractLocale } from '../common/choices';
import { REPORTS_KEY } from './useReport';

/** The record a check concerns, or for a missing one (a month without a meeting) a form filled with its org and day. */
const linkOf = (check: DataCheck) => {
  if (!check.resource) return undefined;
  if (check.recordId) return `/${check.resource}/${check.recordId}/show`;
  if (check.date) return `/${check.resource}/create?source=${encodeURIComponent(JSON.stringify({ orgId: check.orgId, date: check.date }))}`;
  return `/${check.resource}`;
};

/** What to put right before the year is finalised, each opening its record. */
export const DataChecks = ({ year, orgId }: { year: number; orgId: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data, error } = useQuery({
    queryKey: [REPORTS_KEY, 'checks', { year, orgId }],
    queryFn: () => dataProvider.getReportChecks({ year, orgId }).then((result) => result.data),
  });
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!data) return null;
  if (data.length === 0) return <Alert severity="success">{translate('app.reports.checks_clean')}</Alert>;
  return (
    <>
      <Typography variant="body2" color="text.secondary">
        {translate('app.reports.checks_found', { count: data.length })}
      </Typography>
      <List dense sx={{ maxHeight: 360, overflowY: 'auto' }}>
        {data.map((check, i) => {
          const to = linkOf(check);
          return (
            <ListItemButton key={i} component={to ? Link : 'div'} to={to} data-check={check.kind}>
              <ListItemText primary={check.message} secondary={CheckKind.label(check.kind, toContractLocale(locale))} />
            </ListItemButton>
          );
        })}
      </List>
    </>
  );
};
