import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` with a manager whose reads go to the primary even when read replicas are configured:
 * for reads that must see a write just made, here or by another instance (refresh-token rotation).
 * Without replicas it is the ordinary manager.
 */
export async function readFromPrimary<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (!(dataSource.driver as { isReplicated?: boolean }).isReplicated) return work(dataSource.manager);
  const runner = dataSource.createQueryRunner('master');
  try {
    return await work(runner.manager);
  } finally {
    await runner.release();
  }
}
