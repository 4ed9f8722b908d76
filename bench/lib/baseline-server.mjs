// The baseline the API's overhead is measured against: a bare node:http server on a mysql2 pool
// (as many connections as the API's) that verifies the same bearer token with the same secret and
// runs the same SQL statements the API runs for the request, one after the other, answering with
// the last statement's rows as JSON. Started as its own process: `node baseline-server.mjs`, with
// BASELINE_STATEMENTS (a JSON map of route key → statements) and PORT in the environment.
import { createSecretKey } from 'node:crypto';
import { createServer } from 'node:http';
import jwt from 'jsonwebtoken';
import mysql from 'mysql2/promise';

const statements = JSON.parse(process.env.BASELINE_STATEMENTS);
const url = new URL(process.env.DATABASE_URL);
const pool = mysql.createPool({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username || 'root'),
  password: decodeURIComponent(url.password),
  database: url.pathname.slice(1),
  connectionLimit: Number(process.env.POOL_SIZE ?? 10),
  dateStrings: ['DATE'],
  charset: 'utf8mb4',
});
// the key made once, as the API does (given a string, jsonwebtoken would make one per token)
const secret = createSecretKey(Buffer.from(process.env.JWT_SECRET, 'utf8'));

const server = createServer(async (request, response) => {
  try {
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) return end(response, 401, { message: 'unauthenticated' });
    jwt.verify(token, secret, { algorithms: ['HS256'] });
    const key = new URL(request.url, 'http://x').pathname;
    const work = statements[key];
    if (!work) return end(response, 404, { message: 'no statements for ' + key });
    let rows;
    for (const sql of work) [rows] = await pool.query(sql);
    end(response, 200, rows);
  } catch (error) {
    end(response, error.name === 'JsonWebTokenError' || error.name === 'TokenExpiredError' ? 401 : 500, { message: error.message });
  }
});

function end(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
