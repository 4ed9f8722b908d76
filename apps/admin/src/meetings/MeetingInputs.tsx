import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { AttendanceStatus, MeetingCategory, MeetingFormat } from '@wb/contracts';
import { EnumInput } from '../common/EnumInput';
import { OrgTreeInput } from '../orgs/OrgTreeInput';
import { attendedNotAboveExpected, calendarDate } from './validation';

const grid = {
  display: 'grid',
  columnGap: 2,
  width: '100%',
  gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', md: '1fr 1fr 1fr' },
};

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" sx={{ mt: 1, mb: 1, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
};

/** The inputs shared by MeetingCreate and MeetingEdit. */
export const MeetingInputs = () => (
  <Box sx={{ width: '100%' }}>
    <Section title="app.meetings.section_basics" />
    <TextInput source="topic" validate={required()} />
    <Box sx={grid}>
      <EnumInput source="category" values={MeetingCategory} validate={required()} />
      <DateInput source="date" validate={[required(), calendarDate]} />
      <EnumInput source="format" values={MeetingFormat} validate={required()} />
      <OrgTreeInput source="orgId" validate={required()} />
      <TextInput source="session" />
      <TextInput source="host" />
      <TextInput source="recorder" />
      <NumberInput source="expectedCount" min={0} step={1} validate={[required(), minValue(0)]} />
      <NumberInput source="attendedCount" min={0} step={1} validate={[required(), minValue(0), attendedNotAboveExpected]} />
    </Box>

    <Section title="app.meetings.section_attendance" />
    <ArrayInput source="attendance">
      <SimpleFormIterator inline disableReordering>
        <ReferenceInput source="memberId" reference="members">
          <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 200 }} />
        </ReferenceInput>
        <EnumInput source="status" values={AttendanceStatus} defaultValue="present" validate={required()} />
        <TextInput source="reason" sx={{ minWidth: 200 }} />
      </SimpleFormIterator>
    </ArrayInput>

    <Section title="app.meetings.section_records" />
    <TextInput source="minutes" multiline minRows={3} />
    <TextInput source="resolutions" multiline minRows={2} />
  </Box>
);
