import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { OptionalNotNull } from '../common/validation/optional-not-null';

/** `PUT /api/attachments/:id`: a new display name, or in or out of the year-end report. */
export class UpdateAttachmentDto {
  @ApiPropertyOptional({ type: 'string', maxLength: 255 })
  @OptionalNotNull()
  @IsString({ message: '必须是文本' })
  @IsNotEmpty({ message: '文件名不能为空' })
  @MaxLength(255, { message: '不能超过 255 个字符' })
  fileName?: string;

  @ApiPropertyOptional({ type: 'boolean', description: '放入年度报告' })
  @OptionalNotNull()
  @IsBoolean({ message: '必须是 true 或 false' })
  inReport?: boolean;

  @ApiProperty({ type: 'integer', minimum: 1 })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '版本号无效' })
  version: number;
}

/** `GET /api/<resource>/:id/attachments?deleted=true`: the record's deleted files, for an admin to restore. */
export class AttachmentListQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: the deleted files (needs the restore permission)' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'deleted 只能是 true 或 false' })
  deleted?: 'true' | 'false';
}
