import { useEffect, useRef, useState } from 'react';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteInput,
  FormDataConsumer,
  ReferenceInput,
  required,
  SimpleFormIterator,
  TextInput,
  useDataProvider,
  useTranslate,
} from 'react-admin';
import { attendeeStatuses, AttendanceStatus } from '@wb/contracts';
import { EnumInput } from '../common/EnumInput';
import { MAX_PAGE_SIZE } from '../http/limits';
import { countsFollow, countsOf, fillFromMembers, type AttendanceRow, type Counts } from './attendanceCounts';

/** Expected and attended counts follow the list, unless someone typed other numbers. */
function useCountsFromAttendance() {
  const { getValues, setValue } = useFormContext();
  const rows: AttendanceRow[] = useWatch({ name: 'attendance' }) ?? [];
  const derived = useRef<Counts | null>(null);
  const following = useRef<boolean | null>(null);
  const key = JSON.stringify(rows.map((row) => row?.status ?? null));

  useEffect(() => {
    if (rows.length === 0) return;
    const next = countsOf(rows);
    const current = { expectedCount: getValues('expectedCount'), attendedCount: getValues('attendedCount') };
    // the first time, an existing record's counts are taken as typed unless they match its list
    following.current = countsFollow(current, derived.current ?? (following.current === null ? next : null));
    if (!following.current) return;
    derived.current = next;
    setValue('expectedCount', next.expectedCount, { shouldDirty: true, shouldValidate: true });
    setValue('attendedCount', next.attendedCount, { shouldDirty: true, shouldValidate: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows.length, key]);
}

/**
 * "Fill from the org's members": everyone of the meeting's org (and its sub-orgs) as present —
 * its Party members for a Party meeting (a branch also keeps its talent pool's people).
 */
const FillFromMembersButton = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const { getValues, setValue } = useFormContext();
  const orgId = useWatch({ name: 'orgId' });
  const category = useWatch({ name: 'category' });
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const fill = async () => {
    setPending(true);
    setMessage(null);
    try {
      const { data } = await dataProvider.getList('members', {
        filter: { orgId, ...(attendeeStatuses(category) ? { politicalStatus: attendeeStatuses(category) } : {}) },
        sort: { field: 'name', order: 'ASC' },
        pagination: { page: 1, perPage: MAX_PAGE_SIZE },
      });
      const before: AttendanceRow[] = getValues('attendance') ?? [];
      const rows = fillFromMembers(before, data.map((member) => Number(member.id)));
      setValue('attendance', rows, { shouldDirty: true });
      setMessage(translate('app.meetings.filled', { count: rows.length - before.length }));
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack spacing={1} sx={{ mb: 1, alignItems: 'flex-start' }}>
      <Button variant="outlined" size="small" startIcon={<GroupAddIcon />} onClick={fill} disabled={!orgId || pending}>
        {translate('app.meetings.fill_from_members')}
      </Button>
      {!orgId && (
        <Typography variant="caption" color="text.secondary">
          {translate('app.meetings.choose_org_first')}
        </Typography>
      )}
      {message && (
        <Alert severity="info" sx={{ py: 0 }} onClose={() => setMessage(null)}>
          {message}
        </Alert>
      )}
    </Stack>
  );
};

/** Rows stay compact on a phone: name and status side by side, no space kept for helper texts. */
const rowStyle = {
  '& .RaSimpleFormIterator-line': { pb: 0.5 },
  '& .RaSimpleFormIterator-form': { flexDirection: 'row', flexWrap: 'wrap', columnGap: 1, rowGap: 0, alignItems: 'flex-start' },
  '& .RaSimpleFormIterator-form > .ra-input-memberId': { flex: '1 1 150px', width: 'auto', minWidth: 150 },
  '& .RaSimpleFormIterator-form > .ra-input-status': { flex: '0 0 110px', width: 110 },
  '& .RaSimpleFormIterator-form > .ra-input-reason': { flex: '1 1 100%', width: 'auto' },
};

/** One row per person: who, present / absent / on leave, and — for the latter two — why. */
export const AttendanceInput = () => {
  useCountsFromAttendance();
  const orgId = useWatch({ name: 'orgId' });
  return (
    <>
      <FillFromMembersButton />
      <ArrayInput source="attendance" helperText={false}>
        <SimpleFormIterator inline disableReordering sx={rowStyle}>
          <ReferenceInput source="memberId" reference="members" filter={orgId ? { orgId } : {}}>
            <AutocompleteInput optionText="name" validate={required()} helperText={false} />
          </ReferenceInput>
          <EnumInput source="status" values={AttendanceStatus} defaultValue="present" validate={required()} helperText={false} />
          <FormDataConsumer<{ status?: string }>>
            {({ scopedFormData }) =>
              scopedFormData?.status && scopedFormData.status !== 'present' ? (
                <TextInput source="reason" helperText={false} />
              ) : null
            }
          </FormDataConsumer>
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
};
