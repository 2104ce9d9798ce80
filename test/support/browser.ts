import { existsSync, readFileSync } from 'node:fs';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';

/** Debian's Chromium; the project never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: run "apt-get install -y chromium" (or set CHROMIUM_PATH)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags Chromium keeps calling out, and this machine's
    // closed network refuses every attempt.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * WCAG 2.1 A and AA violations on the page, found by axe-core. The pages forbid every script
 * by CSP, so the context that runs axe must be made with `bypassCSP: true`; the pages
 * themselves never need script.
 */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    // Runs in the page; typed loosely because the test build has no DOM library.
    const scope = globalThis as unknown as {
      axe: { run: (context: unknown, options: unknown) => Promise<unknown> };
      document: unknown;
    };
    const result = (await scope.axe.run(scope.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: AxeViolation[] };
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
}

/** Readable summary for a failing assertion: which rule, where. */
export function describeViolations(violations: AxeViolation[]): string[] {
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
}

export type { Browser, BrowserContext, Page };

/** Fails the test with every WCAG 2.1 A/AA violation on the page, named by `what` page it is. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const violations = await accessibilityViolations(page);
  expect({ page: what, violations: describeViolations(violations) }).toEqual({
    page: what,
    violations: [],
  });
}

/**
 * Signs a staff member in through the console's sign-in page, reached by opening `path` signed
 * out, and waits to be taken back to it.
 */
export async function signInToConsole(
  page: Page,
  baseUrl: string,
  member: { email: string; password: string },
  path = '/console',
): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByLabel(/Email address/).fill(member.email);
  await page.getByLabel(/^Password/).fill(member.password);
  await page.getByRole('button', { name: /Sign in/ }).click();
  await page.waitForURL(`${baseUrl}${path}`);
}

/**
 * Presses Tab until the focus is on the element with this id (a string) or whose text matches
 * (a pattern): how a keyboard user gets there, without a mouse.
 */
export async function tabTo(page: Page, target: RegExp | string): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    const focus = page.locator(':focus');
    const found =
      typeof target === 'string'
        ? (await focus.getAttribute('id')) === target
        : target.test((await focus.innerText()).trim());
    if (found) return;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Tabs to the field with this id and types into it (a closed select picks the option typed). */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(text);
}
