import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { firstAuthorOf, PaperAward, PaperDimension } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { ChildRows } from '../common/crud/child-rows';
import { CrudService } from '../common/crud/crud.service';
import { Reference } from '../common/crud/references';
import { DomainError } from '../common/errors/domain-error';
import { ListSpec } from '../common/list-query';
import { Member } from '../members/member.entity';
import { CreatePaperDto, UpdatePaperDto } from './paper.dto';
import { Paper, PaperAuthor } from './paper.entity';
import { PAPER_SHEET } from './paper.sheet';

export const PAPER_LIST: ListSpec = {
  resource: 'papers',
  orgField: 'orgId',
  fields: {
    id: { kind: 'int', sortable: true },
    title: { kind: 'string', sortable: true },
    firstAuthor: { kind: 'string', sortable: true },
    authorUnit: { kind: 'string', sortable: true },
    year: { kind: 'int', sortable: true },
    submittedDate: { kind: 'date', sortable: true },
    dimension: { kind: 'enum', values: PaperDimension.values, sortable: true },
    award: { kind: 'enum', values: PaperAward.values, sortable: true },
    createdAt: { kind: 'datetime', sortable: true },
  },
  filters: {
    /** Papers a member wrote: the member's page. */
    authorMemberId: {
      kind: 'int',
      where: (alias, value, param) => [`EXISTS (SELECT 1 FROM paper_authors pa WHERE pa.paperId = ${alias}.id AND pa.memberId = :${param})`, { [param]: value }],
    },
  },
  search: ['title', 'authors', 'authorUnit'],
  defaultSort: ['year', 'DESC'],
};

/**
 * The society's papers. The same title by the same first author in the same year is one paper:
 * a second is refused with the first one's id.
 */
@Injectable()
export class PapersService extends CrudService<Paper, CreatePaperDto, UpdatePaperDto> {
  protected readonly entity = Paper;
  protected readonly spec = PAPER_LIST;
  readonly sheet = PAPER_SHEET;
  protected readonly children: ChildRows[] = [
    { relation: 'authorMembers', entity: PaperAuthor, parentKey: 'paperId', columns: ['memberId'], ids: { property: 'authorMemberIds', column: 'memberId' } },
  ];
  protected readonly references: Reference[] = [{ path: 'authorMemberIds.*', target: Member, targetOrgField: 'orgId', label: '作者' }];

  constructor(dataSource: DataSource) {
    super(dataSource);
  }

  protected async columnsOf(dto: CreatePaperDto): Promise<Partial<Paper>> {
    return { ...(await super.columnsOf(dto)), firstAuthor: firstAuthorOf(dto.authors) };
  }

  /** Within one import file, the same title by the same first author in one year appears once. */
  protected uniqueKeyOf(dto: CreatePaperDto): { key: string; field: string } {
    return { key: `${dto.year}|${firstAuthorOf(dto.authors)}|${dto.title}`, field: 'title' };
  }

  protected async checkRules(manager: EntityManager, dto: CreatePaperDto, _actor: Actor, current?: Paper): Promise<void> {
    const firstAuthor = firstAuthorOf(dto.authors);
    if (!firstAuthor) throw DomainError.validation([{ field: 'authors', code: 'firstAuthor', message: '请填写作者，第一作者在前' }]);
    await this.refuseDuplicate(manager, dto.year, firstAuthor, dto.title, current?.id);
  }

  /** A paper deleted while another took its title, first author and year would come back as a second one. */
  protected async beforeRestore(manager: EntityManager, deleted: Paper): Promise<void> {
    await super.beforeRestore(manager, deleted);
    await this.refuseDuplicate(manager, deleted.year, deleted.firstAuthor, deleted.title, deleted.id);
  }

  /** 409 naming the live paper (deleted ones do not count) with this title by this first author in this year. */
  private async refuseDuplicate(manager: EntityManager, year: number, firstAuthor: string, title: string, exceptId?: number): Promise<void> {
    const qb = manager
      .createQueryBuilder(Paper, 'p')
      .select('p.id', 'id')
      .where('p.year = :year AND p.firstAuthor = :firstAuthor AND p.title = :title', { year, firstAuthor, title });
    if (exceptId !== undefined) qb.andWhere('p.id <> :id', { id: exceptId });
    const existing = await qb.getRawOne<{ id: number }>();
    if (existing) {
      const message = `${year} 年已有第一作者为“${firstAuthor}”的同名论文（编号 ${existing.id}）`;
      throw new DomainError('CONFLICT', message, [{ field: 'title', code: 'duplicate', message }]);
    }
  }
}
