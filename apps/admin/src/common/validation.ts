import { useMemo } from 'react';
import { useLocaleState, type Validator } from 'react-admin';
import { brokenRules, isCalendarDate, type RecordRule } from '@wb/contracts';
import { toContractLocale } from './choices';

/** A calendar date `YYYY-MM-DD` that exists. */
export const calendarDate: Validator = (value) =>
  value == null || value === '' || isCalendarDate(value) ? undefined : 'app.validation.date_invalid';

/** Form values as the rules read them: numbers typed into inputs may arrive as text. */
function asRecord(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' && value !== '' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value]),
  );
}

/** A validator for `field` from the record rules of libs/contracts (the API checks the same), in one UI language. */
export function ruleValidator<T>(rules: readonly RecordRule<T>[], field: keyof T & string, locale: string): Validator {
  const own = rules.filter((rule) => rule.field === field);
  const lang = toContractLocale(locale);
  return (_value, allValues) => brokenRules(own, asRecord(allValues ?? {}) as Partial<T>)[0]?.message[lang];
}

/** ruleValidator in the current UI language. */
export function useRuleValidator<T>(rules: readonly RecordRule<T>[], field: keyof T & string): Validator {
  const [locale] = useLocaleState();
  return useMemo(() => ruleValidator(rules, field, locale), [rules, field, locale]);
}
