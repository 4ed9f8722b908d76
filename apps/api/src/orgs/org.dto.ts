import { OrgType } from '@wb/contracts';
import { EnumField, IntField, TextField, VersionField } from '../common/validation/fields';

export class CreateOrgDto {
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
