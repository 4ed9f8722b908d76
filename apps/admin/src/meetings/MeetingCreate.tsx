import { RecordCreate } from '../common/RecordCreate';
import { MeetingInputs } from './MeetingInputs';

export const MeetingCreate = () => (
  <RecordCreate defaults={{ attendance: [] }}>
    <MeetingInputs />
  </RecordCreate>
);
