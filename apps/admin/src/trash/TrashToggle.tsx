import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { Button, useCanAccess, useResourceContext } from 'react-admin';
import { useTrash } from './useTrash';

/** List toolbar button between the records and the recycle bin; only for who may restore. */
export const TrashToggle = () => {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: 'restore' });
  const { active, toggle } = useTrash();
  if (!canAccess) return null;
  return (
    <Button label={active ? 'app.trash.close' : 'app.trash.open'} onClick={toggle}>
      {active ? <ArrowBackIcon /> : <DeleteOutlineIcon />}
    </Button>
  );
};
