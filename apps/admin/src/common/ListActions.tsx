import { Chip } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Link } from 'react-router-dom';
import {
  Button,
  CreateButton,
  FilterButton,
  TopToolbar,
  useCanAccess,
  useCreatePath,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';
import { IMPORTABLE } from '@wb/contracts';
import { ExportMenuButton } from '../files/ExportMenuButton';
import { TrashToggle } from '../trash/TrashToggle';
import { HiddenFilterChips } from './HiddenFilterChips';
import { useTrash } from '../trash/useTrash';

/** 导入: the resource's import page, for those who may write it. */
const ImportButton = () => {
  const resource = useResourceContext()!;
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  if (!IMPORTABLE.includes(resource) || !canAccess) return null;
  return (
    <Button component={Link} to={`${createPath({ resource, type: 'list' })}/import`} label="app.import.action">
      <UploadFileIcon />
    </Button>
  );
};

/**
 * List toolbar for every resource: filters a link set that no input shows, filters, create and import (when the user may), export as Excel
 * or CSV (when the user may), and the recycle bin toggle (admins).
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
      <HiddenFilterChips />
      <FilterButton />
      {hasCreate && !trash.active && <CreateButton />}
      {!trash.active && <ImportButton />}
      {canExport && !trash.active && <ExportMenuButton />}
      <TrashToggle />
    </TopToolbar>
  );
};
