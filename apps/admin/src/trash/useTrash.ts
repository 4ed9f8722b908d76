import { useListContext } from 'react-admin';

/** The list filter the API reads as "only deleted records" (admin only). */
export const TRASH_FILTER = 'deleted';

/** Whether the surrounding list shows the recycle bin, and a toggle between it and the live records. */
export function useTrash() {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const active = filterValues?.[TRASH_FILTER] === true;
  const toggle = () => {
    const { [TRASH_FILTER]: _drop, ...rest } = filterValues ?? {};
    setFilters(active ? rest : { ...rest, [TRASH_FILTER]: true }, displayedFilters);
  };
  return { active, toggle };
}
