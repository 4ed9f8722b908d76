import type { ReactElement } from 'react';
import { useLocation } from 'react-router-dom';
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
  const { search } = useLocation();
  if (isPending) return null;
  const orgId = (identity as Identity | undefined)?.orgId ?? undefined;
  return (
    <Create redirect="list" {...props}>
      {/* a link's ?source= (a 待办 or data-check link naming the branch and day) wins from the first render */}
      <SimpleForm defaultValues={{ ...(orgId ? { orgId } : {}), ...defaults, ...valuesFromLink(search) }}>{children}</SimpleForm>
    </Create>
  );
};

/** The values a link puts in `?source=` (react-admin's convention); nothing when absent or not an object. */
function valuesFromLink(search: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(new URLSearchParams(search).get('source') ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
