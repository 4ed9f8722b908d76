import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { formatDateTime, formatDay } from './dates';

interface DateFieldProps extends FieldProps {
  source: string;
  emptyText?: string;
}

/** A calendar-day field (`date`, `birthDate`), written as common/dates decides. */
export const DayField = ({ source, emptyText = '—' }: DateFieldProps) => {
  const value = useFieldValue({ source });
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatDay(value, locale) || emptyText}
    </Typography>
  );
};

/** An instant (`createdAt`, an audit entry's `at`), in local time to the minute. */
export const DateTimeField = ({ source, emptyText = '—' }: DateFieldProps) => {
  const value = useFieldValue({ source });
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(value, locale) || emptyText}
    </Typography>
  );
};
