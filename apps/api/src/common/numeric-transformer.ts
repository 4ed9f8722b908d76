import { ValueTransformer } from 'typeorm';

/** MySQL answers DECIMAL columns as strings; the API speaks numbers. */
export const decimalAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};
