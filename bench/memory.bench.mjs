#!/usr/bin/env node
// Issue 12: the API's resident memory after the heavy requests of a year's end — the annual report
// over the 1,000,000 meetings, an export of 100,000+ rows, twenty uploads of ~20 MiB — must stay
// at most 300 MB. Baseline printed alongside: the RSS right after start.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparison, report } from './lib/results.mjs';
import { connect, login, startApi } from './lib/env.mjs';

const LIMIT_MB = 300;
const UPLOADS = Number(process.env.BENCH_MEMORY_UPLOADS ?? 20);
/** Just under the 20 MiB a file may have. */
const UPLOAD_BYTES = 20 * 1024 * 1024 - 64 * 1024;
const EXPORT_ROWS = 100_000;

const log = (...args) => console.log('memory ·', ...args);
const mb = (kb) => kb / 1024;

/** VmRSS (now) and VmHWM (peak) of a process, in kB, as the kernel counts them. */
function residentKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/** A valid PDF (one empty page) padded with a comment to `size` bytes; `n` makes each file distinct (no deduplication). */
function paddedPdf(size, n) {
  const head = `%PDF-1.4\n%bench file ${n}\n`;
  const body = '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
  const padding = size - Buffer.byteLength(head) - Buffer.byteLength(body) - 2;
  return Buffer.concat([Buffer.from(head), Buffer.from('%'), Buffer.alloc(padding, 0x41), Buffer.from('\n'), Buffer.from(body)]);
}

async function timed(what, action) {
  const started = performance.now();
  const result = await action();
  log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Reads a response body to its end without keeping it: the bytes only. */
async function drain(response) {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  return bytes;
}

async function main() {
  const db = await connect();
  // the year with the most meetings, and an export filter matching at least EXPORT_ROWS of them
  const [[busiest]] = await db.query('SELECT YEAR(date) AS year, COUNT(*) AS n FROM meetings WHERE deletedAt IS NULL GROUP BY YEAR(date) ORDER BY n DESC LIMIT 1');
  // the latest years holding EXPORT_ROWS: the newest dates come first in the export's order
  const [perYear] = await db.query('SELECT YEAR(date) AS year, COUNT(*) AS n FROM meetings WHERE deletedAt IS NULL GROUP BY YEAR(date) ORDER BY year DESC');
  let exportFrom = perYear[0].year;
  let exportRows = 0;
  for (const { year, n } of perYear) {
    [exportFrom, exportRows] = [year, exportRows + Number(n)];
    if (exportRows >= EXPORT_ROWS) break;
  }
  const [[meeting]] = await db.query('SELECT id FROM meetings WHERE deletedAt IS NULL ORDER BY id LIMIT 1');
  await db.end();
  const year = Number(busiest.year);
  if (exportRows < EXPORT_ROWS) log(`warning: the export matches only ${exportRows} meetings, fewer than ${EXPORT_ROWS.toLocaleString('en-US')}`);

  const filesDir = mkdtempSync(join(tmpdir(), 'wb-bench-files-'));
  const api = await startApi({ env: { FILES_DIR: filesDir } });
  try {
    const atStart = residentKb(api.pid);
    log(`RSS after start: ${mb(atStart.rss).toFixed(0)} MB`);
    const token = await login(api.url);
    const auth = { authorization: `Bearer ${token}` };

    await timed(`GET /api/reports/annual?year=${year} (whole society)`, async () => drain(await fetch(`${api.url}/api/reports/annual?year=${year}`, { headers: auth })));

    const filter = encodeURIComponent(JSON.stringify({ date_gte: `${exportFrom}-01-01` }));
    const exported = await timed(`GET /api/meetings/export?format=xlsx (${exportRows.toLocaleString('en-US')} rows)`, async () =>
      drain(await fetch(`${api.url}/api/meetings/export?format=xlsx&filter=${filter}`, { headers: auth })),
    );
    log(`export: ${(exported / 2 ** 20).toFixed(1)} MiB`);

    const uploaded = await timed(`${UPLOADS} uploads of ${(UPLOAD_BYTES / 2 ** 20).toFixed(2)} MiB`, async () => {
      const ids = [];
      for (let n = 0; n < UPLOADS; n++) {
        const form = new FormData();
        form.append('files', new Blob([paddedPdf(UPLOAD_BYTES, n)], { type: 'application/pdf' }), `佐证材料-${n + 1}.pdf`);
        const response = await fetch(`${api.url}/api/meetings/${meeting.id}/attachments`, { method: 'POST', headers: auth, body: form });
        if (!response.ok) throw new Error(`upload ${n + 1}: ${response.status} ${await response.text()}`);
        ids.push(...(await response.json()).map((attachment) => attachment.id));
      }
      return ids;
    });
    for (const id of uploaded) {
      const response = await fetch(`${api.url}/api/attachments/${id}`, { method: 'DELETE', headers: auth });
      if (!response.ok) throw new Error(`delete attachment ${id}: ${response.status}`);
    }

    const after = residentKb(api.pid);
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const settled = residentKb(api.pid);
    log(`RSS after the workload: ${mb(after.rss).toFixed(0)} MB (peak ${mb(after.peak).toFixed(0)} MB, ${mb(settled.rss).toFixed(0)} MB 5 s later)`);
    report(
      'memory',
      [comparison({ name: 'API resident memory after the workload, against the limit', measured: mb(after.rss), baseline: LIMIT_MB, unit: 'MB', ratio: mb(after.rss) / LIMIT_MB, target: 1, better: 'lower' })],
      [
        `Workload on ${process.env.BENCH_DATABASE ?? 'wb_bench'}: GET /api/reports/annual?year=${year} for the whole society, GET /api/meetings/export?format=xlsx of the meetings since ${exportFrom}-01-01 (${exportRows.toLocaleString('en-US')} rows, ${(exported / 2 ** 20).toFixed(1)} MiB read to the end), ${UPLOADS} uploads of a ${(UPLOAD_BYTES / 2 ** 20).toFixed(2)} MiB PDF to a meeting (then deleted).`,
        `RSS right after start: ${mb(atStart.rss).toFixed(0)} MB; after the workload: ${mb(after.rss).toFixed(0)} MB; 5 s later: ${mb(settled.rss).toFixed(0)} MB; peak during the run (VmHWM): ${mb(after.peak).toFixed(0)} MB.`,
        'The baseline column is the 300 MB limit itself (ratio ≤ 1 meets it); /proc/<pid>/status VmRSS of the API process.',
      ],
    );
  } finally {
    await api.stop();
    rmSync(filesDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
