import { useMediaQuery, type Theme } from '@mui/material';
import {
  DateInput,
  List,
  NumberField,
  ReferenceField,
  SearchInput,
  TextField,
  useLocaleState,
} from 'react-admin';
import { MeetingCategory, MeetingFormat, type Meeting } from '@wb/contracts';
import { ListActions } from '../common/ListActions';
import { RecyclableDatagrid, RecyclableSimpleList } from '../trash/RecyclableLists';
import { toContractLocale } from '../common/choices';
import { DayField } from '../common/DateFields';
import { formatDay } from '../common/dates';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { OrgTreeInput } from '../orgs/OrgTreeInput';
import { AttachmentCountField } from '../attachments/AttachmentCountField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <EnumInput key="category" source="category" values={MeetingCategory} />,
  <EnumInput key="format" source="format" values={MeetingFormat} />,
  <DateInput key="date_gte" source="date_gte" />,
  <DateInput key="date_lte" source="date_lte" />,
];

const MeetingSimpleList = () => {
  const [locale] = useLocaleState();
  const lang = toContractLocale(locale);
  return (
    <RecyclableSimpleList<Meeting>
      primaryText={(meeting) => meeting.topic}
      secondaryText={(meeting) => `${formatDay(meeting.date, locale)} · ${MeetingCategory.label(meeting.category, lang)}`}
      tertiaryText={(meeting) => MeetingFormat.label(meeting.format, lang)}
      rowClick="show"
    />
  );
};

export const MeetingList = () => {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'date', order: 'DESC' }} exporter={false}>
      {isSmall ? (
        <MeetingSimpleList />
      ) : (
        <RecyclableDatagrid rowClick="show">
          <DayField source="date" />
          <TextField source="topic" />
          <EnumField source="category" values={MeetingCategory} />
          <EnumField source="format" values={MeetingFormat} />
          <ReferenceField source="orgId" reference="orgs" link={false} sortable={false} />
          <NumberField source="expectedCount" />
          <NumberField source="attendedCount" />
          <AttachmentCountField label="app.attachments.column" sortable={false} />
        </RecyclableDatagrid>
      )}
    </List>
  );
};
