import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { RunningServer, startBuiltServer } from '../../support/built-server';

export interface Product {
  /** Base URL of the running product. */
  readonly url: string;
  /** A new page of the given size, in a fresh Chinese-language context; its errors and 5xx answers are collected. */
  open(width?: number, height?: number): Promise<Page>;
  /** Page errors and 5xx responses seen so far (a test ends with this empty). */
  readonly problems: string[];
}

/**
 * For one browser suite: the built product on a fresh demo database and a Chromium, started
 * before its tests and stopped after them.
 */
export function useProduct(): Product {
  let server: RunningServer;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startBuiltServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    get url() {
      return server.url;
    },
    problems,
    async open(width = 1280, height = 900) {
      const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
      const page = await context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 500) problems.push(`HTTP ${response.status()} ${response.url()}`);
      });
      return page;
    },
  };
}
