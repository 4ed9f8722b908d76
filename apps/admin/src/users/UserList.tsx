import { useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanField,
  List,
  NullableBooleanInput,
  ReferenceField,
  SearchInput,
  TextField,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { Role, type User } from '@wb/contracts';
import { ListActions } from '../common/ListActions';
import { labelOf } from '../common/choices';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { OrgTreeInput } from '../orgs/OrgTreeInput';
import { RecyclableDatagrid, RecyclableSimpleList } from '../trash/RecyclableLists';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <EnumInput key="role" source="role" values={Role} alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" />,
  <NullableBooleanInput key="disabled" source="disabled" />,
];

export const UserList = () => {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }} exporter={false}>
      {isSmall ? (
        <RecyclableSimpleList<User>
          primaryText={(user) => user.displayName}
          secondaryText={(user) => `${user.username} · ${labelOf(Role, user.role, locale)}`}
          tertiaryText={(user) => (user.disabled ? translate('resources.users.fields.disabled') : '')}
          rowClick="edit"
        />
      ) : (
        <RecyclableDatagrid rowClick="edit">
          <TextField source="username" />
          <TextField source="displayName" />
          <EnumField source="role" values={Role} />
          <ReferenceField source="orgId" reference="orgs" link={false} sortable={false} />
          <BooleanField source="disabled" looseValue />
        </RecyclableDatagrid>
      )}
    </List>
  );
};
