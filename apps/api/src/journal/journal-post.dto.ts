import { JournalChannel, JournalKind } from '@wb/contracts';
import { DateField, EnumField, IntField, TextField, VersionField } from '../common/validation/fields';
import { AttachableRecordBody } from '../common/validation/server-fields';

export class CreateJournalPostDto extends AttachableRecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @TextField({ required: true, max: 200, description: '标题' })
  title: string;

  @EnumField(JournalChannel, { required: true, description: '渠道（内部期刊/外部网站/新媒体）' })
  channel: JournalChannel;

  @TextField({ max: 50, description: '期号，如 2021年第3期' })
  issue?: string | null;

  @DateField({ required: true, description: '刊发日期' })
  publishedDate: string;

  @EnumField(JournalKind, { required: true, description: '类型（信息稿件/回应关切）' })
  kind: JournalKind;

  @TextField({ max: 50, description: '作者' })
  author?: string | null;

  @IntField({ min: 1, description: '来自哪次联系基层撰稿人（可选）' })
  writerContactId?: number | null;
}

export class UpdateJournalPostDto extends CreateJournalPostDto {
  @VersionField()
  version: number;
}
