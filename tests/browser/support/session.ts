import type { Page } from 'playwright-core';

/** Demo accounts (see README): loaded with the demo data the test server starts with. */
export const DEMO = {
  admin: ['admin', 'demo-admin-2021'],
  secretary: ['secretary', 'demo-secretary-2021'],
  staff: ['staff', 'demo-staff-2021'],
  leader: ['leader', 'demo-leader-2021'],
} as const;

/** Signs in through the login page and waits for the app shell. */
export async function signIn(page: Page, baseUrl: string, [username, password]: readonly [string, string]): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  // the form goes away once signed in (on a phone the menu stays in a closed drawer)
  await page.locator('input[name="password"]').waitFor({ state: 'detached' });
}
