import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { Org } from '../orgs/org.entity';
import { TrackedEntity } from './base.entity';

/** A record that belongs to an organisation; scoping and subtree filters use `orgId`. */
export abstract class OrgOwnedEntity extends TrackedEntity {
  @Column({ type: 'int' })
  orgId: number;

  @ManyToOne(() => Org, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'orgId' })
  org?: Org;
}
