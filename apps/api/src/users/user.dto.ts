import { applyDecorators } from '@nestjs/common';
import { IsBoolean, IsNotEmpty, IsString, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { MIN_PASSWORD_LENGTH, Role, USERNAME_PATTERN } from '@wb/contracts';
import { EnumField, IntField, TextField, VersionField } from '../common/validation/fields';
import { RecordBody, ServerField } from '../common/validation/server-fields';
import { OptionalNotNull } from '../common/validation/optional-not-null';

/** A new password: the same rule wherever one is set. */
const PasswordField = () =>
  applyDecorators(
    IsNotEmpty({ message: '必填' }),
    IsString({ message: '必须是文本' }),
    MinLength(MIN_PASSWORD_LENGTH, { message: `密码至少 ${MIN_PASSWORD_LENGTH} 位` }),
    MaxLength(128, { message: '不能超过 128 个字符' }),
    ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: 128 }),
  );

export class PasswordDto {
  @PasswordField()
  password: string;
}

class UserFieldsDto extends RecordBody {
  @TextField({ required: true, max: 50, description: '姓名' })
  displayName: string;

  @EnumField(Role, { required: true, description: '角色' })
  role: Role;

  /** Secretaries and staff work within an org's subtree, so they need one. */
  @ValidateIf((dto: UserFieldsDto) => dto.role === 'secretary' || dto.role === 'staff' || dto.orgId != null)
  @IntField({ required: true, min: 1, description: '所属组织（支部书记、工作人员必填）' })
  orgId?: number | null;

  @OptionalNotNull()
  @IsBoolean({ message: '必须是 true 或 false' })
  @ApiProperty({ required: false, description: '停用后立即无法登录和访问' })
  disabled?: boolean;
}

export class CreateUserDto extends UserFieldsDto {
  @IsNotEmpty({ message: '必填' })
  @Matches(USERNAME_PATTERN, { message: '3-32 位字母、数字、点、横线或下划线' })
  @ApiProperty({ pattern: USERNAME_PATTERN.source })
  username: string;

  @PasswordField()
  password: string;
}

/** The username is the login name and stays (sent back as read, it is ignored); passwords change through the reset route. */
export class UpdateUserDto extends UserFieldsDto {
  @ServerField({ type: 'string', description: '登录名，创建后不变' })
  username?: unknown;

  @VersionField()
  version: number;
}
