import { Box, Typography } from '@mui/material';
import { DateInput, minValue, NumberInput, required, TextInput, useTranslate } from 'react-admin';
import { MEETING_RULES, MeetingCategory, MeetingFormat } from '@wb/contracts';
import { EnumInput } from '../common/EnumInput';
import { calendarDate, useRuleValidator } from '../common/validation';
import { OrgTreeInput } from '../orgs/OrgTreeInput';
import { AttendanceInput } from './AttendanceInput';

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
export const MeetingInputs = () => {
  const attendedRule = useRuleValidator(MEETING_RULES, 'attendedCount');
  return (
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
        <NumberInput source="attendedCount" min={0} step={1} validate={[required(), minValue(0), attendedRule]} />
      </Box>

      <Section title="app.meetings.section_attendance" />
      <AttendanceInput />

      <Section title="app.meetings.section_records" />
      <TextInput source="minutes" multiline minRows={3} />
      <TextInput source="resolutions" multiline minRows={2} />
    </Box>
  );
};
