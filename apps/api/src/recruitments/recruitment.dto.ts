import { RecruitmentCategory } from '@wb/contracts';
import { DateField, EnumField, IntField, TextField, VersionField } from '../common/validation/fields';
import { RecordBody } from '../common/validation/server-fields';

export class CreateRecruitmentDto extends RecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @IntField({ required: true, min: 1, description: '人员' })
  memberId: number;

  @DateField({ required: true, description: '吸纳日期' })
  date: string;

  @EnumField(RecruitmentCategory, { required: true, description: '人才类别' })
  category: RecruitmentCategory;

  @TextField({ max: 100, description: '来源单位' })
  sourceUnit?: string | null;

  @TextField({ max: 500, description: '备注' })
  note?: string | null;
}

export class UpdateRecruitmentDto extends CreateRecruitmentDto {
  @VersionField()
  version: number;
}
