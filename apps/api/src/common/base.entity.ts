import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Columns every table has: identity, timestamps (UTC), author and optimistic-lock version. */
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
}

