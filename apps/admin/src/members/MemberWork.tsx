import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  Datagrid,
  NumberField,
  Pagination,
  ReferenceManyField,
  TextField,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DevelopmentStage, DevelopmentStep, MeetingCategory, PaperAward, RecruitmentCategory, type Member } from '@wb/contracts';
import type { AppDataProvider } from '../dataProvider';
import { DayField } from '../common/DateFields';
import { DueChip } from '../common/DueChip';
import { EnumField } from '../common/EnumField';

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 0.5 }}>
        {translate(title)}
      </Typography>
      {/* a wide table (the development dates) scrolls within its section, not the page, on a phone:
          width 0 and min-width 100% keep the table's own width out of the page's */}
      <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%', '& th, & td': { whiteSpace: 'nowrap' } }}>{children}</Box>
    </Box>
  );
};

const None = () => {
  const translate = useTranslate();
  return <Typography color="text.secondary" variant="body2">{translate('app.members.none')}</Typography>;
};

const grid = { bulkActionButtons: false as const, rowClick: 'show' as const, empty: <None /> };

/** Totals of the member's page, counted by the API. */
const VolunteerTotal = () => {
  const member = useRecordContext<Member>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['members', 'getSummary', { id: String(member?.id) }],
    queryFn: () => dataProvider.getMemberSummary(member!.id).then((result) => result.data),
    enabled: member != null,
  });
  if (!data) return null;
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('app.members.volunteer_total', { services: data.volunteerServices, hours: data.volunteerHours })}
    </Typography>
  );
};

/** One member's work: recruitment, development, meetings attended, papers, volunteer service. */
export const MemberWork = () => (
  <Stack spacing={3} sx={{ width: '100%' }}>
    <Section title="app.members.recruitment">
      <ReferenceManyField reference="recruitments" target="memberId" sort={{ field: 'date', order: 'DESC' }}>
        <Datagrid {...grid}>
          <DayField source="date" />
          <EnumField source="category" values={RecruitmentCategory} />
          <TextField source="sourceUnit" emptyText="—" />
        </Datagrid>
      </ReferenceManyField>
    </Section>
    <Section title="app.members.development">
      <ReferenceManyField reference="development-records" target="memberId">
        <Datagrid {...grid}>
          <EnumField source="stage" values={DevelopmentStage} />
          <EnumField source="nextStep" values={DevelopmentStep} emptyText="—" />
          <DueChip source="dueDate" />
          <DayField source="applicationDate" />
          <DayField source="probationaryDate" />
          <DayField source="fullMemberDate" />
        </Datagrid>
      </ReferenceManyField>
    </Section>
    <Section title="app.members.meetings_attended">
      <ReferenceManyField reference="meetings" target="attendeeId" sort={{ field: 'date', order: 'DESC' }} perPage={10} pagination={<Pagination rowsPerPageOptions={[10]} />}>
        <Datagrid {...grid}>
          <DayField source="date" />
          <TextField source="topic" />
          <EnumField source="category" values={MeetingCategory} />
        </Datagrid>
      </ReferenceManyField>
    </Section>
    <Section title="app.members.papers">
      <ReferenceManyField reference="papers" target="authorMemberId" sort={{ field: 'year', order: 'DESC' }} perPage={10} pagination={<Pagination rowsPerPageOptions={[10]} />}>
        <Datagrid {...grid}>
          <NumberField source="year" options={{ useGrouping: false }} />
          <TextField source="title" />
          <EnumField source="award" values={PaperAward} />
        </Datagrid>
      </ReferenceManyField>
    </Section>
    <Section title="app.members.volunteer">
      <VolunteerTotal />
      <ReferenceManyField reference="volunteer-services" target="memberId" sort={{ field: 'date', order: 'DESC' }} perPage={10} pagination={<Pagination rowsPerPageOptions={[10]} />}>
        <Datagrid {...grid}>
          <DayField source="date" />
          <TextField source="title" />
          <NumberField source="hours" />
        </Datagrid>
      </ReferenceManyField>
    </Section>
  </Stack>
);
