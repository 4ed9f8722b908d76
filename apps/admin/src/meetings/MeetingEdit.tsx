import { SimpleForm } from 'react-admin';
import { RecordEdit } from '../common/RecordEdit';
import { MeetingInputs } from './MeetingInputs';

export const MeetingEdit = () => (
  <RecordEdit>
    <SimpleForm>
      <MeetingInputs />
    </SimpleForm>
  </RecordEdit>
);
