import { ContactMode } from '@wb/contracts';
import { DateField, EnumField, IntField, TextField, VersionField } from '../common/validation/fields';
import { RecordBody } from '../common/validation/server-fields';

export class CreateWriterContactDto extends RecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @DateField({ required: true, description: '日期' })
  date: string;

  @TextField({ required: true, max: 50, description: '撰稿人' })
  writer: string;

  @TextField({ max: 100, description: '撰稿人单位' })
  unit?: string | null;

  @EnumField(ContactMode, { required: true, description: '方式（线上/线下）' })
  mode: ContactMode;

  @TextField({ required: true, max: 200, description: '交流内容' })
  topic: string;
}

export class UpdateWriterContactDto extends CreateWriterContactDto {
  @VersionField()
  version: number;
}
