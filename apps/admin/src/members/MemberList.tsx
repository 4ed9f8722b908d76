import { useMediaQuery, type Theme } from '@mui/material';
import { List, ReferenceField, SearchInput, TextField, useLocaleState } from 'react-admin';
import { Gender, PoliticalStatus, type Member } from '@wb/contracts';
import { ListActions } from '../common/ListActions';
import { RecyclableDatagrid, RecyclableSimpleList } from '../trash/RecyclableLists';
import { toContractLocale } from '../common/choices';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { OrgTreeInput } from '../orgs/OrgTreeInput';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <EnumInput key="politicalStatus" source="politicalStatus" values={PoliticalStatus} />,
  <EnumInput key="gender" source="gender" values={Gender} />,
];

export const MemberList = () => {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [locale] = useLocaleState();
  const lang = toContractLocale(locale);
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }} exporter={false}>
      {isSmall ? (
        <RecyclableSimpleList<Member>
          primaryText={(member) => member.name}
          secondaryText={(member) => [member.unit, member.position].filter(Boolean).join(' · ')}
          tertiaryText={(member) => PoliticalStatus.label(member.politicalStatus, lang)}
          rowClick="show"
        />
      ) : (
        <RecyclableDatagrid rowClick="show">
          <TextField source="name" />
          <EnumField source="gender" values={Gender} />
          <EnumField source="politicalStatus" values={PoliticalStatus} />
          <TextField source="unit" />
          <TextField source="position" sortable={false} />
          <ReferenceField source="orgId" reference="orgs" link={false} sortable={false} />
        </RecyclableDatagrid>
      )}
    </List>
  );
};
