// What every benchmark reports: a ratio against a baseline measured in the same run, its target,
// and whether it met it — printed, and kept in bench/RESULTS.md (one section per benchmark,
// replaced on each run, with the date and the machine).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'RESULTS.md');

export function machine() {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model?.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/**
 * One measured comparison. `better` says which way is good: 'higher' (throughput ratios, target a
 * minimum) or 'lower' (time and size ratios, target a maximum).
 */
export function comparison({ name, measured, baseline, unit, ratio, target, better }) {
  const met = better === 'higher' ? ratio >= target : ratio <= target;
  return { name, measured, baseline, unit, ratio, target, better, met };
}

const fmt = (n) => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : Number(n.toFixed(2)).toString());

/** Prints the comparisons and writes them as the benchmark's section of RESULTS.md. */
export function report(benchmark, comparisons, notes = []) {
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const rows = comparisons.map((c) => {
    const goal = `${c.better === 'higher' ? '≥' : '≤'} ${c.target}`;
    return `| ${c.name} | ${fmt(c.measured)} ${c.unit} | ${fmt(c.baseline)} ${c.unit} | **${c.ratio.toFixed(2)}** | ${goal} | ${c.met ? 'met' : 'NOT met'} |`;
  });
  for (const c of comparisons) {
    console.log(`${benchmark} · ${c.name}: ${fmt(c.measured)} vs ${fmt(c.baseline)} ${c.unit} → ratio ${c.ratio.toFixed(2)} (target ${c.better === 'higher' ? '≥' : '≤'} ${c.target}) ${c.met ? 'met' : 'NOT MET'}`);
  }
  const section = [
    `## ${benchmark}`,
    '',
    `${when} · ${machine()}`,
    '',
    '| measure | measured | baseline | ratio | target | |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...(notes.length ? ['', ...notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n');
  const head = '# Benchmark results\n\nWritten by `npm run bench` (each benchmark replaces its own section). Ratios compare the product with a baseline measured in the same run on the same machine.\n\n';
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : head;
  const sections = current.split(/(?=^## )/m);
  const index = sections.findIndex((part) => part.startsWith(`## ${benchmark}\n`));
  if (index >= 0) sections[index] = section + '\n';
  else sections.push(section + '\n');
  writeFileSync(RESULTS, sections.join('').replace(/\n{3,}/g, '\n\n'));
}
