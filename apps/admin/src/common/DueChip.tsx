import { Chip } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { DueState, dueState, todayInChina } from '@wb/contracts';
import { toContractLocale } from './choices';
import { formatDay } from './dates';

/** A due date, red when overdue and orange when due within 30 days (today in China). */
export const DueChip = ({ source = 'dueDate' }: { source?: string; label?: string; sortable?: boolean; sortBy?: string }) => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const due = record?.[source] as string | null | undefined;
  if (!due) return <span>—</span>;
  const state = dueState(due, todayInChina());
  const text = formatDay(due, locale) + (state ? ` · ${DueState.label(state, toContractLocale(locale))}` : '');
  return <Chip size="small" variant={state ? 'filled' : 'outlined'} color={state === 'overdue' ? 'error' : state === 'soon' ? 'warning' : 'default'} label={text} />;
};
