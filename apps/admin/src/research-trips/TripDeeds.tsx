import AddTaskIcon from '@mui/icons-material/AddTask';
import { Button, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  Datagrid,
  ReferenceManyField,
  TextField,
  useCanAccess,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DeedStatus, type ResearchTrip } from '@wb/contracts';
import { DayField } from '../common/DateFields';
import { EnumField } from '../common/EnumField';

/** The new deed a trip's finding becomes: the trip's org, area and focus, its finding as the starting text. */
export function deedFromTrip(trip: ResearchTrip) {
  return {
    orgId: trip.orgId,
    source: 'research',
    sourceTripId: trip.id,
    serviceArea: trip.serviceArea,
    focus: trip.focus,
    title: trip.topic,
    status: 'planned',
    milestones: [],
  };
}

/** "立项办实事": opens a new deed pre-filled from this trip. */
export const CreateDeedButton = () => {
  const trip = useRecordContext<ResearchTrip>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'deeds', action: 'create' });
  if (!trip || !canAccess) return null;
  return (
    <Button
      component={Link}
      to={createPath({ resource: 'deeds', type: 'create' })}
      state={{ record: deedFromTrip(trip) }}
      variant="contained"
      size="small"
      startIcon={<AddTaskIcon />}
    >
      {translate('app.trips.create_deed')}
    </Button>
  );
};

/** The deeds this trip led to (research → deed, the seed's own workflow). */
export const TripDeeds = () => {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <div>
        <CreateDeedButton />
      </div>
      <ReferenceManyField reference="deeds" target="sourceTripId" sort={{ field: 'plannedStart', order: 'ASC' }}>
        <Datagrid
          bulkActionButtons={false}
          rowClick="show"
          empty={<Typography color="text.secondary">{translate('app.trips.no_deeds')}</Typography>}
        >
          <TextField source="title" />
          <EnumField source="status" values={DeedStatus} />
          <DayField source="plannedStart" />
          <DayField source="completedDate" />
        </Datagrid>
      </ReferenceManyField>
    </Stack>
  );
};
