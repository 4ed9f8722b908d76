import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @IsNotEmpty({ message: '请输入用户名' })
  @IsString({ message: '必须是文本' })
  @MaxLength(64, { message: '不能超过 64 个字符' })
  @ApiProperty()
  username: string;

  @IsNotEmpty({ message: '请输入密码' })
  @IsString({ message: '必须是文本' })
  @MaxLength(128, { message: '不能超过 128 个字符' })
  @ApiProperty()
  password: string;
}

export class RefreshDto {
  @IsNotEmpty({ message: '缺少刷新令牌' })
  @IsString({ message: '必须是文本' })
  @MaxLength(200, { message: '不能超过 200 个字符' })
  @ApiProperty()
  refreshToken: string;
}
