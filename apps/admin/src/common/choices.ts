import { useLocaleState } from 'react-admin';
import type { LabelledEnum, Locale } from '@wb/contracts';

export interface Choice {
  id: string;
  name: string;
}

/** The UI locale codes map one-to-one to contract label keys. */
export function toContractLocale(locale: string): Locale {
  return locale === 'en' ? 'en' : 'zh';
}

/** `{ id, name }` choices for SelectInput/SelectField from a labelled enum, in one locale. */
export function choicesOf<V extends string>(values: LabelledEnum<V>, locale: string): Choice[] {
  const lang = toContractLocale(locale);
  return values.values.map((value) => ({ id: value, name: values.label(value, lang) }));
}

/** choicesOf in the current UI locale. */
export function useChoices<V extends string>(values: LabelledEnum<V>): Choice[] {
  const [locale] = useLocaleState();
  return choicesOf(values, locale);
}

/** The label of one enum value, or of several joined with "、" (for array fields). */
export function labelOf(values: LabelledEnum<string>, value: unknown, locale: string): string {
  const lang = toContractLocale(locale);
  const one = (item: unknown) => (values.has(item) ? values.label(item, lang) : String(item ?? ''));
  return Array.isArray(value) ? value.map(one).join('、') : one(value);
}
