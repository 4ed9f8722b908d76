import { PAPER_RULES, PaperAward, PaperDimension } from '@wb/contracts';
import { DateField, EnumField, IdListField, IntField, TextField, VersionField } from '../common/validation/fields';
import { AttachableRecordBody, ServerField } from '../common/validation/server-fields';
import { FollowsRules } from '../common/validation/validation-options';

@FollowsRules(PAPER_RULES)
export class CreatePaperDto extends AttachableRecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @TextField({ required: true, max: 200, description: '论文题目' })
  title: string;

  @TextField({ required: true, max: 200, description: '作者，用“、”分隔，第一作者在前' })
  authors: string;

  @ServerField({ type: 'string', description: '第一作者（由作者算出）' })
  firstAuthor?: unknown;

  @IdListField({ max: 20, description: '作者中的学会人员（可选）' })
  authorMemberIds?: number[];

  @TextField({ max: 100, description: '作者单位' })
  authorUnit?: string | null;

  @IntField({ required: true, min: 2000, max: 2100, description: '征集年度' })
  year: number;

  @DateField({ description: '提交日期' })
  submittedDate?: string | null;

  @EnumField(PaperDimension, { required: true, description: '维度（促发展/强团队/提能力）' })
  dimension: PaperDimension;

  @EnumField(PaperAward, { required: true, description: '获奖情况' })
  award: PaperAward;
}

export class UpdatePaperDto extends CreatePaperDto {
  @VersionField()
  version: number;
}
