#!/usr/bin/env node
// Admin first load (issue 12): the gzip size of the JavaScript the browser fetches for the sign-in
// page, then for signing in and the dashboard's first paint, against the smallest react-admin app
// (one ListGuesser resource, same versions) built and loaded in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startApi } from './lib/env.mjs';
import { buildMinimalAdmin, buildVersions, serveMinimalAdmin } from './lib/minimal-admin.mjs';
import { comparison, report } from './lib/results.mjs';

const TARGET = 0.9;
const LEADER = ['leader', 'demo-leader-2021'];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const kib = (bytes) => bytes / 1024;

/** Same browser as the browser tests (tests/browser/support/browser.ts). */
function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', LANGUAGE: 'zh_CN' },
    args: ['--lang=zh-CN', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Every distinct JavaScript file the page fetches, with its gzip size and the phase it was asked
 * for in (the caller moves the phase on as the page advances).
 */
function recordScripts(page) {
  const files = new Map();
  const phaseOf = new WeakMap();
  const reading = [];
  const recorder = { phase: 'start', files };
  page.on('request', (request) => phaseOf.set(request, recorder.phase));
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (response.request().resourceType() !== 'script' && !/javascript/.test(type)) return;
    const path = new URL(response.url()).pathname;
    if (files.has(path)) return;
    const entry = { path, phase: phaseOf.get(response.request()) ?? recorder.phase, raw: 0, gzip: 0 };
    files.set(path, entry);
    reading.push(
      response.body().then((body) => {
        entry.raw = body.length;
        entry.gzip = gzipSync(body, { level: 9 }).length;
      }),
    );
  });
  recorder.settled = () => Promise.all(reading);
  return recorder;
}

const total = (entries) => entries.reduce((sum, entry) => sum + entry.gzip, 0);

async function measureOurs(browser) {
  const dataDir = mkdtempSync(join(tmpdir(), 'wb-admin-size-'));
  const api = await startApi({ env: { DATABASE_URL: `sqlite:${join(dataDir, 'wb.sqlite')}`, DEMO_DATA: 'true' } });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const scripts = recordScripts(page);
    scripts.phase = 'sign-in';
    await page.goto(`${api.url}/#/login`, { waitUntil: 'networkidle' });
    await page.locator('input[name="password"]').waitFor();
    await scripts.settled();

    scripts.phase = 'dashboard';
    // What is asked for after the year's figures arrive (the charts) comes after the first paint.
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/reports/annual') scripts.phase = 'figures';
    });
    await page.locator('input[name="username"]').fill(LEADER[0]);
    await page.locator('input[name="password"]').fill(LEADER[1]);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.locator('input[name="password"]').waitFor({ state: 'detached' });
    await page.locator('[data-chart] .recharts-surface').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await scripts.settled();
    await context.close();

    const files = [...scripts.files.values()];
    const signIn = files.filter((file) => file.phase === 'sign-in');
    const firstPaint = files.filter((file) => file.phase !== 'figures');
    return { signIn: total(signIn), firstPaint: total(firstPaint), drawn: total(files), files };
  } finally {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measureMinimal(browser, dist) {
  const server = await serveMinimalAdmin(dist);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const scripts = recordScripts(page);
    scripts.phase = 'list';
    await page.goto(`${server.url}/#/posts`, { waitUntil: 'networkidle' });
    await page.getByText('Post 5').waitFor();
    await page.waitForLoadState('networkidle');
    await scripts.settled();
    await context.close();
    const files = [...scripts.files.values()];
    return { firstPage: total(files), files };
  } finally {
    await server.close();
  }
}

const listing = (files) => files.map((file) => `${file.path.replace(/^.*\//, '')} ${kib(file.gzip).toFixed(1)} KiB (${file.phase})`).join(', ');

async function main() {
  const versions = buildVersions();
  const dist = await buildMinimalAdmin();
  const browser = await launch();
  try {
    const minimal = await measureMinimal(browser, dist);
    const ours = await measureOurs(browser);
    const base = kib(minimal.firstPage);
    report(
      'admin first load (gzip JS)',
      [
        comparison({ name: 'sign-in page', measured: kib(ours.signIn), baseline: base, unit: 'KiB', ratio: ours.signIn / minimal.firstPage, target: TARGET, better: 'lower' }),
        comparison({ name: 'sign-in + dashboard first paint', measured: kib(ours.firstPaint), baseline: base, unit: 'KiB', ratio: ours.firstPaint / minimal.firstPage, target: TARGET, better: 'lower' }),
      ],
      [
        'Baseline: a react-admin app with one `ListGuesser` resource over ra-data-simple-rest, built by vite in the same run, its list page loaded in the same Chromium.',
        `Versions (both apps): ${Object.entries(versions).map(([name, version]) => `${name} ${version}`).join(', ')}.`,
        'Sizes: each distinct JS file fetched, gzip level 9. The dashboard\'s first paint counts what is fetched until its figures arrive from `/api/reports/annual`; after that come the charts.',
        `With the charts drawn as well: ${kib(ours.drawn).toFixed(1)} KiB (ratio ${(ours.drawn / minimal.firstPage).toFixed(2)}).`,
        `Ours: ${listing(ours.files)}.`,
        `Minimal: ${listing(minimal.files)}.`,
      ],
    );
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
