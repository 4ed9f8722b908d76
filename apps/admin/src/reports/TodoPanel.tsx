import type { ReactNode } from 'react';
import { Card, CardContent, CardHeader, Chip, Grid, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useGetMany, useLocaleState, useTranslate } from 'react-admin';
import {
  addDays,
  complianceCells,
  DevelopmentStep,
  listPath,
  MeetingCategory,
  periodLabel,
  todayInChina,
  type ComplianceCell,
  type Deed,
  type DevelopmentRecord,
  type Member,
} from '@wb/contracts';
import { toContractLocale } from '../common/choices';
import { formatDay } from '../common/dates';
import { useAnnualReport } from './useReport';
import { thisYear } from './reportScope';

const SHOWN = 5;

/** Whether a compliance period (`2021-05`, `2021-Q2`, `2021`) contains a day. */
export function periodContains(period: string, day: string): boolean {
  const [year, part] = period.split('-');
  if (day.slice(0, 4) !== year) return false;
  if (!part) return true;
  const month = Number(day.slice(5, 7));
  return part.startsWith('Q') ? Math.ceil(month / 3) === Number(part.slice(1)) : month === Number(part);
}

/** The kinds of meeting still short in the period under way today. */
export function meetingsDue(cells: readonly ComplianceCell[], today: string): ComplianceCell[] {
  return cells.filter((cell) => cell.status !== 'met' && periodContains(cell.period, today));
}

const Section = ({ title, count, all, children }: { title: string; count: number | undefined; all?: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardHeader
        title={title}
        action={count ? <Chip size="small" color="warning" label={count} component={all ? Link : 'div'} to={all} clickable={!!all} /> : undefined}
        slotProps={{ title: { variant: 'subtitle1', component: 'h3' } }}
        sx={{ pb: 0 }}
      />
      <CardContent sx={{ pt: 0.5, '&:last-child': { pb: 1 } }}>
        {count === 0 ? <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>{translate('app.reports.todo_none')}</Typography> : children}
      </CardContent>
    </Card>
  );
};

const MeetingsDue = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: report } = useAnnualReport(thisYear(), undefined);
  const due = report ? meetingsDue(complianceCells(report.year, report.compliance), todayInChina()) : undefined;
  return (
    <Section title={translate('app.reports.todo_meetings')} count={due?.length}>
      <List dense disablePadding>
        {due?.slice(0, SHOWN * 2).map((cell) => (
          <ListItemButton
            key={`${cell.orgId}-${cell.category}-${cell.period}`}
            component={Link}
            to={`/meetings/create?source=${encodeURIComponent(JSON.stringify({ orgId: cell.orgId, category: cell.category }))}`}
          >
            <ListItemText
              primary={`${MeetingCategory.label(cell.category, toContractLocale(locale))} · ${cell.orgName}`}
              secondary={translate('app.reports.todo_meeting_line', { held: cell.held, required: cell.required, period: toContractLocale(locale) === 'zh' ? periodLabel(cell.period) : cell.period })}
            />
          </ListItemButton>
        ))}
      </List>
    </Section>
  );
};

const DevelopmentDue = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = toContractLocale(locale);
  const query = { pagination: { page: 1, perPage: SHOWN }, sort: { field: 'dueDate', order: 'ASC' as const } };
  const overdue = useGetList<DevelopmentRecord>('development-records', { ...query, filter: { due: 'overdue' } });
  const soon = useGetList<DevelopmentRecord>('development-records', { ...query, filter: { due: 'soon' } });
  const records = [...(overdue.data ?? []), ...(soon.data ?? [])].slice(0, SHOWN);
  const { data: members } = useGetMany<Member>('members', { ids: [...new Set(records.map((record) => record.memberId))] });
  const total = overdue.total === undefined || soon.total === undefined ? undefined : overdue.total + soon.total;
  return (
    <Section title={translate('app.reports.todo_development')} count={total} all={listPath({ resource: 'development-records', filter: { due: overdue.total ? 'overdue' : 'soon' } })}>
      <List dense disablePadding>
        {records.map((record) => (
          <ListItemButton key={record.id} component={Link} to={`/development-records/${record.id}/show`}>
            <ListItemText
              primary={`${members?.find((member) => member.id === record.memberId)?.name ?? '…'} · ${record.nextStep ? DevelopmentStep.label(record.nextStep, lang) : ''}`}
              secondary={translate(record.dueDate && record.dueDate < todayInChina() ? 'app.reports.todo_overdue' : 'app.reports.todo_due', { date: formatDay(record.dueDate, locale) })}
              slotProps={{ secondary: { color: record.dueDate && record.dueDate < todayInChina() ? 'error' : 'text.secondary' } }}
            />
          </ListItemButton>
        ))}
      </List>
    </Section>
  );
};

/** Deeds not finished whose planned end has passed. */
const DeedsLate = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filter = { plannedEnd_lte: addDays(todayInChina(), -1), status: ['planned', 'in_progress', 'delayed'] };
  const { data, total } = useGetList<Deed>('deeds', { filter, pagination: { page: 1, perPage: SHOWN }, sort: { field: 'plannedEnd', order: 'ASC' } });
  return (
    <Section title={translate('app.reports.todo_deeds')} count={total} all={`/deeds?filter=${encodeURIComponent(JSON.stringify(filter))}`}>
      <List dense disablePadding>
        {data?.map((deed) => (
          <ListItemButton key={deed.id} component={Link} to={`/deeds/${deed.id}/show`}>
            <ListItemText primary={deed.title} secondary={translate('app.reports.todo_deed_line', { date: formatDay(deed.plannedEnd, locale) })} />
          </ListItemButton>
        ))}
      </List>
    </Section>
  );
};

/** 待办 for a branch secretary: what is due now, each a link to the record or a pre-filled form. */
export const TodoPanel = () => {
  const translate = useTranslate();
  return (
    <section aria-label={translate('app.reports.todo')}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('app.reports.todo')}
      </Typography>
      <Grid container spacing={1.5}>
        <Grid size={{ xs: 12, md: 4 }}>
          <MeetingsDue />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DevelopmentDue />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <DeedsLate />
        </Grid>
      </Grid>
    </section>
  );
};

