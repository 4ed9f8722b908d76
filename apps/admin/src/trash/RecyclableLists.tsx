import { Datagrid, SimpleList, type DatagridProps, type RaRecord, type SimpleListProps } from 'react-admin';
import { RestoreButton } from './RestoreButton';
import { useTrash } from './useTrash';

/**
 * The list views every resource uses. In the recycle bin rows do not open (a deleted record has
 * no page) and each row gets a restore button instead.
 */
export const RecyclableDatagrid = ({ rowClick, children, ...props }: DatagridProps) => {
  const { active } = useTrash();
  return (
    <Datagrid bulkActionButtons={false} {...props} rowClick={active ? false : rowClick}>
      {children}
      {active && <RestoreButton />}
    </Datagrid>
  );
};

export const RecyclableSimpleList = <RecordType extends RaRecord = RaRecord>({
  rowClick,
  rightIcon,
  ...props
}: SimpleListProps<RecordType>) => {
  const { active } = useTrash();
  return (
    <SimpleList<RecordType>
      {...props}
      rowClick={active ? false : rowClick}
      rightIcon={active ? () => <RestoreButton /> : rightIcon}
    />
  );
};
