import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OrgType, ResourceName } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { CrudService } from '../common/crud/crud.service';
import { DomainError } from '../common/errors/domain-error';
import { ListSpec } from '../common/list-query';
import { CreateOrgDto, UpdateOrgDto } from './org.dto';
import { Org } from './org.entity';

export const ORG_LIST: ListSpec = {
  resource: 'orgs',
  orgField: 'id',
  fields: {
    id: { kind: 'int', sortable: true },
    name: { kind: 'string', sortable: true },
    type: { kind: 'enum', values: OrgType.values, sortable: true },
    parentId: { kind: 'int', sortable: true },
    path: { kind: 'string', sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
    updatedAt: { kind: 'datetime', sortable: true },
  },
  search: ['name'],
  defaultSort: ['path', 'ASC'],
};

/** The organisation tree. Each org stores its materialised path, kept right on create and move. */
@Injectable()
export class OrgsService extends CrudService<Org, CreateOrgDto, UpdateOrgDto> {
  protected readonly entity = Org;
  protected readonly spec = ORG_LIST;

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected async columnsOf(dto: CreateOrgDto): Promise<Partial<Org>> {
    return { name: dto.name, type: dto.type, parentId: dto.parentId ?? null };
  }

  protected async checkReferences(manager: EntityManager, dto: CreateOrgDto, _actor: Actor, current?: Org): Promise<void> {
    if (dto.parentId == null) return;
    const parent = await manager.findOneBy(Org, { id: dto.parentId });
    if (!parent) throw DomainError.missingReference('parentId', '上级组织不存在');
    if (current && parent.path.startsWith(current.path)) {
      throw DomainError.validation([{ field: 'parentId', code: 'cycle', message: '不能把组织移到它自己或它的下级之下' }]);
    }
  }

  /** An org with live sub-orgs or records cannot go: they would lose their place in the tree. */
  protected async beforeRemove(manager: EntityManager, current: Org): Promise<void> {
    const children = await manager.createQueryBuilder(Org, 'o').where('o.parentId = :id', { id: current.id }).getCount();
    if (children) throw DomainError.conflict(`还有 ${children} 个下级组织，不能删除`);
    for (const meta of manager.connection.entityMetadatas) {
      if (meta.target === Org || !meta.findColumnWithPropertyName('orgId')) continue;
      const records = await manager.createQueryBuilder(meta.target, 'r').where('r.orgId = :id', { id: current.id }).getCount();
      if (records) throw DomainError.conflict(`组织下还有 ${records} 条${ResourceName.has(meta.tableName) ? ResourceName.label(meta.tableName) : ''}记录，不能删除`);
    }
  }

  /** A restored org needs a live parent. */
  protected async beforeRestore(manager: EntityManager, deleted: Org): Promise<void> {
    if (deleted.parentId == null) return;
    const parent = await manager.createQueryBuilder(Org, 'o').where('o.id = :id', { id: deleted.parentId }).getCount();
    if (!parent) throw DomainError.conflict('上级组织已删除，请先恢复上级组织');
  }

  /** Sets this org's path and, after a move, rewrites the paths of its whole subtree. */
  protected async afterSave(manager: EntityManager, saved: Org, dto: CreateOrgDto): Promise<void> {
    const parent = dto.parentId == null ? null : await manager.findOneByOrFail(Org, { id: dto.parentId });
    const oldPath = saved.path;
    const newPath = `${parent?.path ?? '/'}${saved.id}/`;
    if (oldPath === newPath) return;
    await manager.createQueryBuilder().update(Org).set({ path: newPath }).where('id = :id', { id: saved.id }).execute();
    if (!oldPath) return;
    const descendants = await manager
      .createQueryBuilder(Org, 'o')
      .where('o.path LIKE :prefix AND o.id <> :id', { prefix: `${oldPath}%`, id: saved.id })
      .getMany();
    for (const org of descendants) {
      await manager
        .createQueryBuilder()
        .update(Org)
        .set({ path: newPath + org.path.slice(oldPath.length) })
        .where('id = :id', { id: org.id })
        .execute();
    }
  }
}
