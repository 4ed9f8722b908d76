// The SQL statements the API sends for one request, read from MariaDB's general log (kept in the
// mysql.general_log table while capturing), limited to the API's own connections.
import { connect, DATABASE } from './env.mjs';

/** Runs `work` (one request to the API) with the general log on; returns the statements of the API's connections, in order. */
export async function captureStatements(work) {
  const db = await connect('mysql');
  try {
    await db.query("SET GLOBAL log_output = 'TABLE'");
    await db.query('TRUNCATE TABLE mysql.general_log');
    await db.query('SET GLOBAL general_log = 1');
    try {
      await work();
    } finally {
      await db.query('SET GLOBAL general_log = 0');
    }
    const [rows] = await db.query(
      "SELECT thread_id AS thread, CONVERT(argument USING utf8mb4) AS sql_text FROM mysql.general_log WHERE command_type IN ('Query', 'Execute') AND thread_id IN (SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ?) AND thread_id <> CONNECTION_ID() ORDER BY event_time",
      [DATABASE],
    );
    return rows.map((row) => row.sql_text).filter((sql) => !/^SET GLOBAL|general_log/i.test(sql));
  } finally {
    await db.end();
  }
}
