import { Init1795813034287 } from './1795813034287-Init';

/** In order; TypeORM records which have run in the `migrations` table. */
export const MYSQL_MIGRATIONS = [Init1795813034287];
