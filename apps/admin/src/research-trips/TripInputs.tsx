import { Box } from '@mui/material';
import { DateInput, required, TextInput } from 'react-admin';
import { Focus, RESEARCH_TRIP_RULES, ServiceArea, TripMethod } from '@wb/contracts';
import { EnumInput } from '../common/EnumInput';
import { formGrid } from '../common/formGrid';
import { calendarDate, useRuleValidator } from '../common/validation';
import { OrgTreeInput } from '../orgs/OrgTreeInput';

/** The inputs shared by create and edit. */
export const TripInputs = () => {
  const endRule = useRuleValidator(RESEARCH_TRIP_RULES, 'endDate');
  return (
    <Box sx={{ width: '100%' }}>
      <TextInput source="topic" validate={required()} />
      <Box sx={formGrid}>
        <DateInput source="startDate" validate={[required(), calendarDate]} />
        <DateInput source="endDate" validate={[required(), calendarDate, endRule]} />
        <OrgTreeInput source="orgId" validate={required()} />
        <TextInput source="destination" validate={required()} />
        <EnumInput source="method" values={TripMethod} validate={required()} />
        <EnumInput source="serviceArea" values={ServiceArea} validate={required()} />
        <EnumInput source="focus" values={Focus} />
        <TextInput source="leader" />
        <TextInput source="participants" />
      </Box>
      <TextInput source="findings" multiline minRows={3} />
      <TextInput source="suggestions" multiline minRows={2} />
    </Box>
  );
};
