import { ValidateBy } from 'class-validator';
import { firstAuthorOf, PaperAward, PaperDimension } from '@wb/contracts';
import { DateField, EnumField, IdListField, IntField, TextField, VersionField } from '../common/validation/fields';
import { AttachableRecordBody, ServerField } from '../common/validation/server-fields';

/** The first author is also kept on its own (for the duplicate rule), in a column of 50 characters. */
const FIRST_AUTHOR_MAX = 50;

function FirstAuthorFits(): PropertyDecorator {
  return ValidateBy({
    name: 'firstAuthorFits',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || firstAuthorOf(value).length <= FIRST_AUTHOR_MAX,
      defaultMessage: () => `第一作者姓名不能超过 ${FIRST_AUTHOR_MAX} 个字符（多位作者请用“、”分隔）`,
    },
  });
}

export class CreatePaperDto extends AttachableRecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @TextField({ required: true, max: 200, description: '论文题目' })
  title: string;

  @TextField({ required: true, max: 200, description: '作者，用“、”分隔，第一作者在前' })
  @FirstAuthorFits()
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
