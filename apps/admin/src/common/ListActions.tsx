import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';
import { MAX_PAGE_SIZE } from '../http/limits';

/** List toolbar for every resource: filters, create (when the resource has it), export. */
export const ListActions = () => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      <FilterButton />
      {hasCreate && <CreateButton />}
      <ExportButton maxResults={MAX_PAGE_SIZE} />
    </TopToolbar>
  );
};
