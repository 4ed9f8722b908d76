import {
  AutocompleteInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useCanAccess,
  useGetResourceLabel,
} from 'react-admin';
import { AuditAction } from '@wb/contracts';
import { EnumInput } from '../common/EnumInput';
import { AUDITED_RESOURCES } from '../audit/resources';
import { endOfLocalDay, startOfLocalDay } from '../audit/dateRange';

/**
 * Filters of the audit log. `q` searches the actor's name; the actor picker lists users, which
 * only admins may read.
 */
export function useAuditLogFilters() {
  const getResourceLabel = useGetResourceLabel();
  const { canAccess: canListUsers } = useCanAccess({ resource: 'users', action: 'list' });
  const resourceChoices = AUDITED_RESOURCES.map((id) => ({ id, name: getResourceLabel(id, 1) }));
  return [
    <SelectInput key="resource" source="resource" choices={resourceChoices} alwaysOn />,
    <EnumInput key="action" source="action" values={AuditAction} alwaysOn />,
    <DateInput key="at_gte" source="at_gte" parse={startOfLocalDay} alwaysOn />,
    <DateInput key="at_lte" source="at_lte" parse={endOfLocalDay} alwaysOn />,
    ...(canListUsers
      ? [
          <ReferenceInput key="actorId" source="actorId" reference="users">
            <AutocompleteInput optionText="displayName" label="resources.audit-logs.fields.actorId" />
          </ReferenceInput>,
        ]
      : []),
    <TextInput key="q" source="q" />,
    <NumberInput key="recordId" source="recordId" />,
  ];
}
