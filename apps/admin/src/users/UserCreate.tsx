import { Create, PasswordInput, required, SimpleForm, TextInput } from 'react-admin';
import { UserInputs } from './UserInputs';
import { passwordLength, usernamePattern } from './validation';

const defaults = { disabled: false };

export const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={defaults} sx={{ maxWidth: 560 }}>
      <TextInput source="username" validate={[required(), usernamePattern]} autoComplete="off" />
      <PasswordInput source="password" validate={[required(), passwordLength]} autoComplete="new-password" />
      <UserInputs />
    </SimpleForm>
  </Create>
);
