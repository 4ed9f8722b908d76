import { Edit, SimpleForm } from 'react-admin';
import { MeetingInputs } from './MeetingInputs';

/**
 * The form submits the whole record, so `version` (the optimistic lock) goes back with it.
 * Pessimistic mode lets the API's field errors land on the inputs and a 409 reach the user.
 */
export const MeetingEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <MeetingInputs />
    </SimpleForm>
  </Edit>
);
