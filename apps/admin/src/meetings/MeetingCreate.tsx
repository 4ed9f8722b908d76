import { Create, SimpleForm } from 'react-admin';
import { MeetingInputs } from './MeetingInputs';

const defaults = { attendance: [] };

export const MeetingCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={defaults}>
      <MeetingInputs />
    </SimpleForm>
  </Create>
);
