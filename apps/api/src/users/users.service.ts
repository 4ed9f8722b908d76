import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Role } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { CrudService } from '../common/crud/crud.service';
import { DomainError } from '../common/errors/domain-error';
import { ListSpec } from '../common/list-query';
import { hashPassword } from './passwords';
import { CreateUserDto, UpdateUserDto } from './user.dto';
import { RefreshToken, User } from './user.entity';
import { USER_SHEET } from './user.sheet';

export const USER_LIST: ListSpec = {
  resource: 'users',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    username: { kind: 'string', sortable: true },
    displayName: { kind: 'string', sortable: true },
    role: { kind: 'enum', values: Role.values, sortable: true },
    disabled: { kind: 'bool', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  search: ['username', 'displayName'],
  defaultSort: ['username', 'ASC'],
};

/** Signs a user out everywhere: older access tokens fail the session check, refresh tokens are revoked. */
export async function endSessions(manager: EntityManager, userId: number): Promise<void> {
  await manager.increment(User, { id: userId }, 'sessionVersion', 1);
  await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
}

@Injectable()
export class UsersService extends CrudService<User, CreateUserDto, UpdateUserDto> {
  protected readonly entity = User;
  protected readonly spec = USER_LIST;
  readonly sheet = USER_SHEET;

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected async columnsOf(dto: CreateUserDto): Promise<Partial<User>> {
    const { password, username } = dto;
    return {
      ...(await super.columnsOf(dto)),
      orgId: dto.orgId ?? null,
      ...(username === undefined ? {} : { username: username.toLowerCase() }),
      ...(password === undefined ? {} : { passwordHash: await hashPassword(password) }),
    };
  }

  protected async checkRules(manager: EntityManager, dto: CreateUserDto, actor: Actor, current?: User): Promise<void> {
    if (!current) {
      const taken = await manager.createQueryBuilder(User, 'u').withDeleted().where('u.username = :name', { name: dto.username.toLowerCase() }).getCount();
      if (taken) throw DomainError.validation([{ field: 'username', code: 'taken', message: '用户名已被使用' }], '用户名已被使用');
      return;
    }
    if (current.id === actor.userId && (dto.disabled || dto.role !== 'admin')) {
      throw DomainError.validation([{ field: dto.disabled ? 'disabled' : 'role', code: 'self', message: '不能停用自己或取消自己的管理员角色' }]);
    }
  }

  /** Disabling a user or changing the role ends their sessions at once. */
  protected async afterSave(manager: EntityManager, saved: User, dto: CreateUserDto, before: User | undefined): Promise<void> {
    if (before && ((dto.disabled && !before.disabled) || dto.role !== before.role)) await endSessions(manager, saved.id);
  }

  protected async beforeRemove(manager: EntityManager, current: User): Promise<void> {
    await endSessions(manager, current.id);
  }

  async resetPassword(id: number, password: string, actor: Actor): Promise<User> {
    await this.dataSource.transaction(async (manager) => {
      const current = await this.findOrFail(manager, id, actor);
      await manager.update(User, { id }, { passwordHash: await hashPassword(password) });
      await endSessions(manager, id);
      const after = await this.findOrFail(manager, id, actor);
      await this.audit(manager, actor, 'update', id, current, { ...after, passwordReset: true } as User);
    });
    return this.get(id, actor);
  }

  /** Session bookkeeping stays inside the API. */
  protected serialize(user: User): User {
    const { passwordHash: _hash, sessionVersion: _session, ...visible } = super.serialize(user);
    return visible as User;
  }
}
