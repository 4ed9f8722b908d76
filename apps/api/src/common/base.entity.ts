import { Column, CreateDateColumn, DeleteDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Columns every table has: identity, timestamps (UTC), author, optimistic-lock version, soft delete. */
export abstract class TrackedEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @VersionColumn({ type: 'int' })
  version: number;

  /** Deletes are soft: set here, hidden from every query unless an admin asks for deleted records. */
  @DeleteDateColumn({ type: 'datetime', nullable: true, select: false })
  deletedAt?: Date | null;
}

