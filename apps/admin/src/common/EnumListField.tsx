import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import type { LabelledEnum } from '@wb/contracts';
import { labelOf } from './choices';

type EnumListFieldProps = FieldProps & { source: string; values: LabelledEnum<string> };

/** Shows an array of enum values as labels joined with "、". */
export const EnumListField = ({ values, source, emptyText = '—' }: EnumListFieldProps) => {
  const value = useFieldValue({ source });
  const [locale] = useLocaleState();
  const text = Array.isArray(value) && value.length > 0 ? labelOf(values, value, locale) : emptyText;
  return (
    <Typography component="span" variant="body2">
      {text}
    </Typography>
  );
};
