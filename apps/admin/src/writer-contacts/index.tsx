import { Box } from '@mui/material';
import { DateInput, Labeled, ReferenceField, required, SearchInput, TabbedShowLayout, TextField, TextInput, type ResourceProps } from 'react-admin';
import { ContactMode, type WriterContact } from '@wb/contracts';
import { labelOf } from '../common/choices';
import { DateTimeField, DayField } from '../common/DateFields';
import { formatDay } from '../common/dates';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { formGrid, showGrid } from '../common/formGrid';
import { RecordCreate } from '../common/RecordCreate';
import { RecordEdit } from '../common/RecordEdit';
import { RecordList } from '../common/RecordList';
import { RecordShow } from '../common/RecordShow';
import { calendarDate } from '../common/validation';
import { OrgTreeInput } from '../orgs/OrgTreeInput';
import { WriterTab } from './WriterTab';

const ContactInputs = () => (
  <Box sx={{ width: '100%' }}>
    <Box sx={formGrid}>
      <DateInput source="date" validate={[required(), calendarDate]} />
      <TextInput source="writer" validate={required()} />
      <TextInput source="unit" />
      <EnumInput source="mode" values={ContactMode} validate={required()} />
      <OrgTreeInput source="orgId" validate={required()} />
    </Box>
    <TextInput source="topic" validate={required()} />
  </Box>
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <EnumInput key="mode" source="mode" values={ContactMode} />,
  <TextInput key="writer" source="writer" />,
  <DateInput key="date_gte" source="date_gte" />,
  <DateInput key="date_lte" source="date_lte" />,
];

const ContactList = () => (
  <RecordList<WriterContact>
    filters={filters}
    sort={{ field: 'date', order: 'DESC' }}
    phone={(contact, locale) => ({
      primary: contact.writer,
      secondary: `${formatDay(contact.date, locale)} · ${labelOf(ContactMode, contact.mode, locale)}`,
      tertiary: contact.topic,
    })}
  >
    <DayField source="date" />
    <TextField source="writer" />
    <TextField source="unit" />
    <EnumField source="mode" values={ContactMode} />
    <TextField source="topic" />
  </RecordList>
);

const ContactShow = () => (
  <RecordShow
    tabs={[
      <TabbedShowLayout.Tab key="writer" label="app.writers.tab" path="writer">
        <WriterTab />
      </TabbedShowLayout.Tab>,
    ]}
  >
    <Box sx={showGrid}>
      <Labeled source="writer"><TextField source="writer" /></Labeled>
      <Labeled source="unit"><TextField source="unit" emptyText="—" /></Labeled>
      <Labeled source="date"><DayField source="date" /></Labeled>
      <Labeled source="mode"><EnumField source="mode" values={ContactMode} /></Labeled>
      <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
      <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
    </Box>
    <Labeled source="topic"><TextField source="topic" /></Labeled>
  </RecordShow>
);

const writerContacts: Omit<ResourceProps, 'name'> = {
  list: ContactList,
  create: () => <RecordCreate><ContactInputs /></RecordCreate>,
  edit: () => <RecordEdit><ContactInputs /></RecordEdit>,
  show: ContactShow,
};
export default writerContacts;
