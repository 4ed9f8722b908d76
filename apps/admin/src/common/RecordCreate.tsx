import type { ReactElement } from 'react';
import { Create, SimpleForm, useGetIdentity, type CreateProps } from 'react-admin';
import type { Identity } from '../auth/authProvider';

interface RecordCreateProps extends Omit<CreateProps, 'children'> {
  /** The form's inputs (a resource's shared XInputs). */
  children: ReactElement;
  /** Starting values besides the org. */
  defaults?: Record<string, unknown>;
}

/**
 * Every create page: the form starts in the user's own org (a secretary logs for their branch),
 * and waits for the identity so that default is there from the first render.
 */
export const RecordCreate = ({ children, defaults, ...props }: RecordCreateProps) => {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const orgId = (identity as Identity | undefined)?.orgId ?? undefined;
  return (
    <Create redirect="list" {...props}>
      <SimpleForm defaultValues={{ ...(orgId ? { orgId } : {}), ...defaults }}>{children}</SimpleForm>
    </Create>
  );
};
