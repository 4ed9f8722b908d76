import { OrgType } from '@wb/contracts';
import { EnumField, IntField, TextField, VersionField } from '../common/validation/fields';
import { RecordBody, ServerField } from '../common/validation/server-fields';

export class CreateOrgDto extends RecordBody {
  /** Kept by the server from the parent's. */
  @ServerField({ type: 'string', description: '物化路径，如 /1/3/' })
  path?: unknown;

  @TextField({ required: true, max: 100, description: '名称' })
  name: string;

  @EnumField(OrgType, { required: true, description: '类型' })
  type: OrgType;

  @IntField({ min: 1, description: '上级组织；为空表示根' })
  parentId?: number | null;
}

export class UpdateOrgDto extends CreateOrgDto {
  @VersionField()
  version: number;
}
