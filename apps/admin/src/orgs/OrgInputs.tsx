import { required, TextInput, useRecordContext } from 'react-admin';
import { OrgType, type Org } from '@wb/contracts';
import { EnumInput } from '../common/EnumInput';
import { emptyToNull, OrgTreeInput } from './OrgTreeInput';

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
