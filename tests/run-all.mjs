#!/usr/bin/env node
// `npm test`: builds the product, then runs every suite — unit, API end-to-end on SQLite and on
// MariaDB/MySQL, system (several API processes, MariaDB and Redis), admin units, and the browser
// test — and ends with one "N passed, N failed" line.
// Nothing is optional: a database or browser that is missing fails its suite.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = join(root, 'tests/artifacts');
mkdirSync(artifacts, { recursive: true });

const jest = (name, project, env = {}) => ({
  name,
  command: ['npx', 'jest', '--selectProjects', project, '--json', `--outputFile=${join(artifacts, `${name}.json`)}`],
  env,
  results: join(artifacts, `${name}.json`),
  count: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + r.numRuntimeErrorTestSuites }),
});

const steps = [
  { name: 'build', command: ['npm', 'run', 'build'] },
  jest('unit', 'unit'),
  jest('e2e-sqlite', 'e2e', { TEST_DB: 'sqlite' }),
  jest('e2e-mysql', 'e2e', { TEST_DB: 'mysql' }),
  // the built API as separate processes: two instances sharing MariaDB and Redis, a database stopped under load
  jest('system', 'system'),
  {
    name: 'admin',
    command: ['npx', 'vitest', 'run', '--root', 'apps/admin', '--reporter=default', '--reporter=json', `--outputFile.json=${join(artifacts, 'admin.json')}`],
    results: join(artifacts, 'admin.json'),
    count: (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }),
  },
  jest('browser', 'browser'),
];

let passed = 0;
let failed = 0;
const failedSteps = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const run = spawnSync(step.command[0], step.command.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false', ...step.env } });
  if (step.results && existsSync(step.results)) {
    const counts = step.count(JSON.parse(readFileSync(step.results, 'utf8')));
    passed += counts.passed;
    failed += counts.failed;
  }
  if (run.status !== 0) {
    failedSteps.push(step.name);
    if (step.name === 'build') break;
  }
}

if (failedSteps.length) console.log(`\nFailed suites: ${failedSteps.join(', ')}`);
if (failedSteps.length && failed === 0) failed = failedSteps.length; // a suite that crashed before counting
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
