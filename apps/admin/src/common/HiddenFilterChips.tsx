import { isValidElement, useContext } from 'react';
import { Chip } from '@mui/material';
import { FilterContext, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { DevelopmentStage } from '@wb/contracts';
import { toContractLocale } from './choices';

/**
 * Filters a link put on the list (the dashboard's drill-downs) that no input of the list shows —
 * "2021 年在培养", "2021 年到达的阶段：发展对象" — as chips, so the user knows why the list is short
 * and can take the filter off.
 */
export const HiddenFilterChips = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const inputs = useContext(FilterContext) ?? [];
  const shown = new Set(inputs.map((input) => (isValidElement<{ source?: string }>(input) ? input.props.source : undefined)));
  const hidden = Object.entries(filterValues ?? {}).filter(([key, value]) => !shown.has(key) && value !== undefined && value !== '');
  const describe = (key: string, value: unknown) => {
    if (key === 'reachedIn') {
      const [year, stage] = String(value).split(':');
      return translate('app.filters.reachedIn', { year, stage: DevelopmentStage.has(stage) ? DevelopmentStage.label(stage, toContractLocale(locale)) : stage });
    }
    if (key === 'activeIn') return translate('app.filters.activeIn', { year: String(value) });
    return `${key}: ${Array.isArray(value) ? value.join('、') : String(value)}`;
  };
  return (
    <>
      {hidden.map(([key, value]) => (
        <Chip
          key={key}
          size="small"
          color="info"
          label={describe(key, value)}
          onDelete={() => {
            const { [key]: _removed, ...rest } = filterValues;
            setFilters(rest, displayedFilters);
          }}
        />
      ))}
    </>
  );
};
