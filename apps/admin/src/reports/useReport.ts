import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { chooseYear, readNumber, yearOptions } from './reportScope';

/** Every query of the reports lives under this key, so one invalidation refreshes them all. */
export const REPORTS_KEY = 'reports';

/**
 * The year and org a dashboard or report shows, kept in the address (`?year=2021&orgId=3`) so a
 * view can be bookmarked and shared. No org means the user's own (the whole society for those
 * who see all).
 */
export function useReportScope() {
  const [search, setSearch] = useSearchParams();
  const dataProvider = useDataProvider<AppDataProvider>();
  const requested = readNumber(search.get('year'));
  const orgId = readNumber(search.get('orgId'));
  const years = useQuery({
    queryKey: [REPORTS_KEY, 'years', orgId ?? null],
    queryFn: () => dataProvider.getReportYears(orgId).then((result) => result.data),
  });
  const ready = years.data !== undefined || years.error != null;
  const year = ready ? chooseYear(requested, years.data ?? []) : requested;
  const update = useCallback(
    (next: { year?: number; orgId?: number | null }) => {
      setSearch((current) => {
        const params = new URLSearchParams(current);
        if (next.year !== undefined) params.set('year', String(next.year));
        if (next.orgId === null) params.delete('orgId');
        else if (next.orgId !== undefined) params.set('orgId', String(next.orgId));
        return params;
      });
    },
    [setSearch],
  );
  return { year, orgId, yearChoices: year ? yearOptions(years.data ?? [], year) : [], update };
}

/** `GET /api/reports/annual` for the scope, cached per year and org. */
export function useAnnualReport(year: number | undefined, orgId: number | undefined) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: [REPORTS_KEY, 'annual', { year, orgId: orgId ?? null }],
    queryFn: () => dataProvider.getAnnualReport({ year: year!, orgId }).then((result) => result.data),
    enabled: year !== undefined,
  });
}
