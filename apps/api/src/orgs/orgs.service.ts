import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OrgType } from '@wb/contracts';
import { writeAudit } from '../audit/audit-trail';
import { Actor } from '../common/context/actor';
import { CrudService } from '../common/crud/crud.service';
import { Reference } from '../common/crud/references';
import { DomainError } from '../common/errors/domain-error';
import { bumpOrgTreeVersion, ListSpec, subtreeMarker } from '../common/list-query';
import { resourceLabelOfTable } from '../database/entities';
import { CreateOrgDto, UpdateOrgDto } from './org.dto';
import { Org } from './org.entity';
import { ORG_SHEET } from './org.sheet';

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
  readonly sheet = ORG_SHEET;
  protected readonly references: Reference[] = [{ path: 'parentId', target: Org, targetOrgField: 'id', label: '上级组织' }];

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected async columnsOf(dto: CreateOrgDto): Promise<Partial<Org>> {
    return { name: dto.name, type: dto.type, parentId: dto.parentId ?? null };
  }

  /** An org with live sub-orgs or records cannot go: they would lose their place in the tree. */
  protected async beforeRemove(manager: EntityManager, current: Org): Promise<void> {
    const children = await manager.createQueryBuilder(Org, 'o').where('o.parentId = :id', { id: current.id }).getCount();
    if (children) throw DomainError.conflict(`还有 ${children} 个下级组织，不能删除`);
    for (const meta of manager.connection.entityMetadatas) {
      if (meta.target === Org || !meta.findColumnWithPropertyName('orgId')) continue;
      const records = await manager.createQueryBuilder(meta.target, 'r').where('r.orgId = :id', { id: current.id }).getCount();
      if (records) throw DomainError.conflict(`组织下还有 ${records} 条${resourceLabelOfTable(meta.tableName)}记录，不能删除`);
    }
  }

  /** A restored org needs a live parent. */
  protected async beforeRestore(manager: EntityManager, deleted: Org): Promise<void> {
    if (deleted.parentId == null) return;
    const parent = await manager.createQueryBuilder(Org, 'o').where('o.id = :id', { id: deleted.parentId }).getCount();
    if (!parent) throw DomainError.conflict('上级组织已删除，请先恢复上级组织');
  }

  /**
   * Sets a new org's path; after a move, rewrites the paths of the org and its whole subtree in
   * one UPDATE, and records the move in the audit trail (it changes who sees what). Either way the
   * org tree's version moves on, so every instance reads the tree again.
   */
  protected async afterSave(manager: EntityManager, saved: Org, dto: CreateOrgDto, before: Org | undefined, actor: Actor): Promise<void> {
    const parentId = dto.parentId ?? null;
    if (before && before.parentId === parentId) return;
    const parent = parentId === null ? null : await manager.createQueryBuilder(Org, 'o').where('o.id = :parentId', { parentId }).getOne();
    if (parentId !== null && !parent) throw DomainError.missingReference('parentId', '上级组织不存在');
    if (parent && parent.path.includes(subtreeMarker(saved.id))) {
      throw DomainError.validation([{ field: 'parentId', code: 'cycle', message: '不能把组织移到它自己或它的下级之下' }]);
    }
    const newPath = `${parent?.path ?? '/'}${saved.id}/`;
    await bumpOrgTreeVersion(manager);
    if (!before) {
      await manager.createQueryBuilder().update(Org).set({ path: newPath }).where('id = :id', { id: saved.id }).execute();
      return;
    }
    const moved = await manager
      .createQueryBuilder()
      .update(Org)
      // only the derived path changes: the orgs below keep their version, so that someone editing
      // one of them meanwhile is not told it was changed (version set to itself, or TypeORM adds 1)
      .set({ path: () => 'CONCAT(:newPath, SUBSTR(path, :cut))', version: () => 'version' })
      .where('path LIKE :prefix', { prefix: `${before.path}%` })
      .setParameters({ newPath, cut: before.path.length + 1 })
      .updateEntity(false)
      .execute();
    await writeAudit(manager, actor, {
      action: 'move',
      resource: 'orgs',
      recordId: saved.id,
      before: { parentId: before.parentId, path: before.path },
      after: { parentId, path: newPath, subtreeOrgs: (moved.affected ?? 1) - 1 },
    });
  }
}
