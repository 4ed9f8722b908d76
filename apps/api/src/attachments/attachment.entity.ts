import { Column, Entity, Index } from 'typeorm';
import type { AttachmentKind } from '@wb/contracts';
import { TrackedEntity } from '../common/base.entity';

/**
 * A file on a record (佐证材料). The bytes live in the file store under their SHA-256, so the same
 * photo attached twice is stored once; this row is the record's link to them, with the name the
 * user knows it by. Rights and scope are the record's own.
 */
@Entity('attachments')
@Index('idx_attachment_record', ['resource', 'recordId'])
export class Attachment extends TrackedEntity {
  /** The record's resource, e.g. `meetings`. */
  @Column({ type: 'varchar', length: 32 })
  resource: string;

  @Column({ type: 'int' })
  recordId: number;

  /** As uploaded, for display and downloads only; never part of a path. */
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 100 })
  mediaType: string;

  @Column({ type: 'varchar', length: 16 })
  kind: AttachmentKind;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'int', nullable: true })
  width: number | null;

  @Column({ type: 'int', nullable: true })
  height: number | null;

  /** Shown under its record in the year-end report. */
  @Column({ type: 'boolean', default: false })
  inReport: boolean;

  @Column({ type: 'varchar', length: 100 })
  createdByName: string;
}
