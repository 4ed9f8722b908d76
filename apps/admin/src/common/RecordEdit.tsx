import type { ReactNode } from 'react';
import { Edit, SimpleForm, type EditProps } from 'react-admin';

interface RecordEditProps extends Omit<EditProps, 'children'> {
  /** The form's inputs (a resource's shared XInputs). */
  children: ReactNode;
  formSx?: object;
}

/**
 * Every edit page. Pessimistic: the page waits for the API, so its field errors land on the
 * inputs and a 409 (someone saved in between; the form sends back the `version` it read) reaches
 * the user instead of being undone behind their back.
 */
export const RecordEdit = ({ children, formSx, ...props }: RecordEditProps) => (
  <Edit redirect="show" {...props} mutationMode="pessimistic">
    <SimpleForm sx={formSx}>{children}</SimpleForm>
  </Edit>
);
