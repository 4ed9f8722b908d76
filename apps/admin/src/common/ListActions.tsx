import { Chip } from '@mui/material';
import {
  CreateButton,
  ExportButton,
  FilterButton,
  TopToolbar,
  useCanAccess,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { MAX_PAGE_SIZE } from '../http/limits';
import { TrashToggle } from '../trash/TrashToggle';
import { useTrash } from '../trash/useTrash';

/**
 * List toolbar for every resource: filters, create (when the resource has it and the user may),
 * export (when the user may), and the recycle bin toggle (admins).
 */
export const ListActions = () => {
  const { hasCreate } = useResourceDefinition();
  const resource = useResourceContext();
  const translate = useTranslate();
  const { canAccess: canExport } = useCanAccess({ resource, action: 'export' });
  const trash = useTrash();
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      {trash.active && <Chip size="small" color="warning" label={translate('app.trash.title')} />}
      <FilterButton />
      {hasCreate && !trash.active && <CreateButton />}
      {canExport && <ExportButton maxResults={MAX_PAGE_SIZE} />}
      <TrashToggle />
    </TopToolbar>
  );
};
