import { Body, HttpCode, Post } from '@nestjs/common';
import { RequirePermission } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../common/context/actor';
import { crudController } from '../common/crud/crud.controller';
import { IdParam } from '../common/crud/id-param';
import { CreateUserDto, PasswordDto, UpdateUserDto } from './user.dto';
import { User } from './user.entity';
import { UsersService } from './users.service';

export class UsersController extends crudController({
  resource: 'users',
  tag: 'users 用户',
  service: UsersService,
  createDto: CreateUserDto,
  updateDto: UpdateUserDto,
  importable: false,
}) {
  /** Sets a new password and signs the user out everywhere. */
  @Post(':id/password')
  @HttpCode(200)
  @RequirePermission('users', 'write')
  resetPassword(@IdParam() id: number, @Body() dto: PasswordDto, @CurrentActor() actor: Actor): Promise<User> {
    return (this.service as UsersService).resetPassword(id, dto.password, actor);
  }
}
