import { Box } from '@mui/material';
import {
  ArrayField,
  Datagrid,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  TextField,
} from 'react-admin';
import { AttendanceStatus, MeetingCategory, MeetingFormat } from '@wb/contracts';
import { HistoryTabs } from '../audit/HistoryTabs';
import { DateTimeField, DayField } from '../common/DateFields';
import { EnumField } from '../common/EnumField';

const grid = {
  display: 'grid',
  gap: 2,
  width: '100%',
  gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' },
};

const multiline = { whiteSpace: 'pre-wrap' } as const;

export const MeetingShow = () => (
  <Show>
    <HistoryTabs>
      <TextField source="topic" variant="h6" />
      <Box sx={grid}>
        <Labeled source="date"><DayField source="date" /></Labeled>
        <Labeled source="category"><EnumField source="category" values={MeetingCategory} /></Labeled>
        <Labeled source="format"><EnumField source="format" values={MeetingFormat} /></Labeled>
        <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
        <Labeled source="session"><TextField source="session" emptyText="—" /></Labeled>
        <Labeled source="host"><TextField source="host" emptyText="—" /></Labeled>
        <Labeled source="recorder"><TextField source="recorder" emptyText="—" /></Labeled>
        <Labeled source="expectedCount"><NumberField source="expectedCount" /></Labeled>
        <Labeled source="attendedCount"><NumberField source="attendedCount" /></Labeled>
      </Box>
      <ArrayField source="attendance">
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
          <ReferenceField source="memberId" reference="members" label="resources.meetings.fields.attendance.memberId" />
          <EnumField source="status" values={AttendanceStatus} label="resources.meetings.fields.attendance.status" />
          <TextField source="reason" label="resources.meetings.fields.attendance.reason" emptyText="—" />
        </Datagrid>
      </ArrayField>
      <TextField source="minutes" emptyText="—" sx={multiline} />
      <TextField source="resolutions" emptyText="—" sx={multiline} />
      <Box sx={grid}>
        <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
        <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
      </Box>
    </HistoryTabs>
  </Show>
);
