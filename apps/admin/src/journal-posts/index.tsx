import { Box } from '@mui/material';
import {
  AutocompleteInput,
  DateInput,
  Labeled,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  TextField,
  TextInput,
  type ResourceProps,
} from 'react-admin';
import { JournalChannel, JournalKind, type JournalPost, type WriterContact } from '@wb/contracts';
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

const contactText = (contact: WriterContact) => `${contact.writer} · ${contact.date} · ${contact.topic}`;

const PostInputs = () => (
  <Box sx={{ width: '100%' }}>
    <TextInput source="title" validate={required()} />
    <Box sx={formGrid}>
      <EnumInput source="channel" values={JournalChannel} validate={required()} />
      <TextInput source="issue" />
      <DateInput source="publishedDate" validate={[required(), calendarDate]} />
      <EnumInput source="kind" values={JournalKind} validate={required()} />
      <TextInput source="author" />
      <OrgTreeInput source="orgId" validate={required()} />
    </Box>
    <ReferenceInput source="writerContactId" reference="writer-contacts" sort={{ field: 'date', order: 'DESC' }}>
      <AutocompleteInput optionText={contactText} filterToQuery={(q: string) => (q ? { q } : {})} />
    </ReferenceInput>
  </Box>
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <EnumInput key="kind" source="kind" values={JournalKind} alwaysOn />,
  <EnumInput key="channel" source="channel" values={JournalChannel} />,
  <TextInput key="writer" source="writer" />,
  <DateInput key="publishedDate_gte" source="publishedDate_gte" />,
  <DateInput key="publishedDate_lte" source="publishedDate_lte" />,
];

const PostList = () => (
  <RecordList<JournalPost>
    filters={filters}
    sort={{ field: 'publishedDate', order: 'DESC' }}
    phone={(post, locale) => ({
      primary: post.title,
      secondary: `${formatDay(post.publishedDate, locale)} · ${labelOf(JournalChannel, post.channel, locale)}`,
      tertiary: labelOf(JournalKind, post.kind, locale),
    })}
  >
    <DayField source="publishedDate" />
    <TextField source="title" />
    <EnumField source="channel" values={JournalChannel} />
    <TextField source="issue" emptyText="—" />
    <EnumField source="kind" values={JournalKind} />
    <TextField source="author" emptyText="—" />
  </RecordList>
);

const PostShow = () => (
  <RecordShow>
    <TextField source="title" variant="h6" />
    <Box sx={showGrid}>
      <Labeled source="publishedDate"><DayField source="publishedDate" /></Labeled>
      <Labeled source="channel"><EnumField source="channel" values={JournalChannel} /></Labeled>
      <Labeled source="issue"><TextField source="issue" emptyText="—" /></Labeled>
      <Labeled source="kind"><EnumField source="kind" values={JournalKind} /></Labeled>
      <Labeled source="author"><TextField source="author" emptyText="—" /></Labeled>
      <Labeled source="writerContactId"><ReferenceField source="writerContactId" reference="writer-contacts" emptyText="—" /></Labeled>
      <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
      <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
    </Box>
  </RecordShow>
);

const journalPosts: Omit<ResourceProps, 'name'> = {
  list: PostList,
  create: () => <RecordCreate defaults={{ kind: 'article' }}><PostInputs /></RecordCreate>,
  edit: () => <RecordEdit><PostInputs /></RecordEdit>,
  show: PostShow,
};
export default journalPosts;
