import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { OrgType } from '@wb/contracts';
import { TrackedEntity } from '../common/base.entity';

@Entity('orgs')
export class Org extends TrackedEntity {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  type: OrgType;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Org, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parentId' })
  parent?: Org | null;

  /** Ancestor ids then own id, "/1/3/": the subtree of an org is every path starting with its own. */
  @Index('idx_orgs_path')
  @Column({ type: 'varchar', length: 255, default: '' })
  path: string;
}
