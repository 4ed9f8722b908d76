import { SelectField, type SelectFieldProps } from 'react-admin';
import type { LabelledEnum } from '@wb/contracts';
import { useChoices } from './choices';

type EnumFieldProps = Omit<SelectFieldProps, 'choices'> & { values: LabelledEnum<string> };

/** Shows an enum value with its label in the current locale. */
export const EnumField = ({ values, ...props }: EnumFieldProps) => (
  <SelectField {...props} choices={useChoices(values)} />
);
