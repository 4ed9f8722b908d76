import { Box } from '@mui/material';
import { DateInput, minValue, NumberInput, required, TextInput } from 'react-admin';
import { VOLUNTEER_SERVICE_RULES } from '@wb/contracts';
import { formGrid } from '../common/formGrid';
import { MembersInput } from '../common/ReferenceInputs';
import { calendarDate, useRuleValidator } from '../common/validation';
import { OrgTreeInput } from '../orgs/OrgTreeInput';

/** The inputs shared by create and edit. */
export const VolunteerInputs = () => {
  const participants = useRuleValidator(VOLUNTEER_SERVICE_RULES, 'participants');
  return (
    <Box sx={{ width: '100%' }}>
      <TextInput source="title" validate={required()} />
      <Box sx={formGrid}>
        <DateInput source="date" validate={[required(), calendarDate]} />
        <OrgTreeInput source="orgId" validate={required()} />
        <TextInput source="place" />
        <NumberInput source="participants" min={1} step={1} validate={[required(), minValue(1), participants]} />
        <NumberInput source="hours" min={0} step={0.5} validate={[required(), minValue(0)]} />
      </Box>
      <MembersInput source="memberIds" />
      <TextInput source="description" multiline minRows={2} />
    </Box>
  );
};
