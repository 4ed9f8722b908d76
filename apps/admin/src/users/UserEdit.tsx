import { Edit, Labeled, ListButton, SimpleForm, TextField, TopToolbar } from 'react-admin';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UserInputs } from './UserInputs';

const UserEditActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <ListButton />
  </TopToolbar>
);

/** Pessimistic so the API's field errors and 409 (stale `version`) reach the form. */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" actions={<UserEditActions />}>
    <SimpleForm sx={{ maxWidth: 560 }}>
      <Labeled source="username">
        <TextField source="username" />
      </Labeled>
      <UserInputs />
    </SimpleForm>
  </Edit>
);
