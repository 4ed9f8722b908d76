import { SelectInput, type SelectInputProps } from 'react-admin';
import type { LabelledEnum } from '@wb/contracts';
import { useChoices } from './choices';

type EnumInputProps = Omit<SelectInputProps, 'choices'> & { values: LabelledEnum<string> };

/** A select over a labelled enum from @wb/contracts, labelled in the current locale. */
export const EnumInput = ({ values, ...props }: EnumInputProps) => (
  <SelectInput {...props} choices={useChoices(values)} />
);
