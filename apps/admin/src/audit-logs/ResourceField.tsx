import { Typography } from '@mui/material';
import { useFieldValue, useGetResourceLabel, type FieldProps } from 'react-admin';

/** A resource name (e.g. `meetings`) shown as its label (会议). */
export const ResourceField = ({ source }: FieldProps & { source: string }) => {
  const value = useFieldValue({ source });
  const getResourceLabel = useGetResourceLabel();
  return (
    <Typography component="span" variant="body2">
      {typeof value === 'string' ? getResourceLabel(value, 1) : '—'}
    </Typography>
  );
};
