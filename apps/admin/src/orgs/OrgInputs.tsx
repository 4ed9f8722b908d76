import { required, TextInput, useRecordContext } from 'react-admin';
import { OrgType, type Org } from '@wb/contracts';
import { EnumInput } from '../common/EnumInput';
import { OrgTreeInput } from './OrgTreeInput';

/** A root org has no parent: the select's empty choice means null, not ''. */
const emptyToNull = (value: unknown) => (value === '' ? null : value);

/** The inputs shared by OrgCreate and OrgEdit. */
export const OrgInputs = () => {
  const record = useRecordContext<Org>();
  return (
    <>
      <TextInput source="name" validate={required()} />
      <EnumInput source="type" values={OrgType} validate={required()} />
      <OrgTreeInput source="parentId" excludeSubtreeOf={record?.id} parse={emptyToNull} />
    </>
  );
};
