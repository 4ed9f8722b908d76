import { RecordEdit } from '../common/RecordEdit';
import { MeetingInputs } from './MeetingInputs';

export const MeetingEdit = () => (
  <RecordEdit>
    <MeetingInputs />
  </RecordEdit>
);
