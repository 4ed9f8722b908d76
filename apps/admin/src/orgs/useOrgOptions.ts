import { useMemo } from 'react';
import { useGetList } from 'react-admin';
import type { Org } from '@wb/contracts';
import { MAX_PAGE_SIZE } from '../http/limits';
import { orgTreeOptions } from './orgTree';

/** Enough for the whole organisation tree of one society. */
const ALL_ORGS = { page: 1, perPage: MAX_PAGE_SIZE };

/** All orgs as indented, tree-ordered options (cached by react-query across inputs). */
export function useOrgOptions() {
  const { data, isPending, error } = useGetList<Org>('orgs', {
    pagination: ALL_ORGS,
    sort: { field: 'id', order: 'ASC' },
  });
  const options = useMemo(() => orgTreeOptions(data ?? []), [data]);
  return { orgs: data ?? [], options, isPending, error };
}
