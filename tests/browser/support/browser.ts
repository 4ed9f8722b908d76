import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(__dirname, '../../artifacts/screenshots');

/**
 * Debian's Chromium, headless, with the flags this machine needs (DESIGN.md §6), in Chinese like
 * our users' browsers: the browser's own widgets (the date input's 年/月/日) follow its language,
 * which needs Debian's chromium-l10n. A missing browser fails.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium chromium-l10n`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    // Chinese UI (LANGUAGE), UTF-8 file names (C.UTF-8: the one UTF-8 locale every Debian has)
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', LANGUAGE: 'zh_CN' },
    args: [
      '--lang=zh-CN',
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    // Playwright gives every launch() a new, empty profile directory (the fresh --user-data-dir).
  });
}
