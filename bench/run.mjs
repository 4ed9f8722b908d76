#!/usr/bin/env node
// `npm run bench [name…]`: every benchmark (bench/*.bench.mjs), or those named, one after the
// other on a quiet machine, against MariaDB (`npm run bench:data` first). Each prints its ratios
// with their targets and writes its section of bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();
if (benches.length === 0) {
  console.error(`no benchmark matches ${wanted.join(' ')}`);
  process.exit(1);
}
const failed = [];
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', join(here, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(file);
}
if (failed.length) {
  console.error(`\nfailed to run: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nresults: bench/RESULTS.md');
