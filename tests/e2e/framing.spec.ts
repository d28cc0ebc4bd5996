import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { GOOD_KEY } from '../mocks/deepseek.ts';
import { ANSWERS, routeDeepSeek } from './support.ts';

/**
 * Issue 16, on the built page: framed by another origin, it never offers its key field, whether
 * its host sends the headers of dist/_headers (Netlify, Cloudflare Pages) or none (GitHub Pages).
 * The test serves dist/ itself, both ways, and the framing page from another origin
 * (docs/decisions/0012-never-framed.md).
 */

const DIST = join(process.cwd(), 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

/** dist/_headers as Netlify reads it: a path pattern (a trailing `*` for any rest), then headers. */
function readHeadersFile(): { path: string; headers: [string, string][] }[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith(' ')) rules.push({ path: line.trim(), headers: [] });
    else {
      const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line)!;
      rules.at(-1)!.headers.push([name!, value!]);
    }
  }
  return rules;
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** Serves dist/ like a static host: with every header of dist/_headers that matches, or none. */
function serveDist(withHeaders: boolean): Server {
  const rules = withHeaders ? readHeadersFile() : [];
  return createServer((request, response) => {
    const path = new URL(request.url!, 'http://host').pathname;
    const file = normalize(join(DIST, path.endsWith('/') ? `${path}index.html` : path));
    let body: Buffer;
    try {
      if (!file.startsWith(DIST)) throw new Error('outside dist/');
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    for (const rule of rules.filter((r) => matches(r.path, path))) {
      for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    response.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    response.end(body);
  });
}

/** Another site: a page that frames whatever its `src` parameter names. */
function serveFramer(): Server {
  return createServer((request, response) => {
    const src = new URL(request.url!, 'http://host').searchParams.get('src') ?? '';
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(
      `<!doctype html><title>Another site</title><h1>Another site</h1>` +
        `<iframe src="${src}" title="Framed page" width="900" height="700"></iframe>`,
    );
  });
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const servers: Server[] = [];
let withHeaders = '';
let withoutHeaders = '';
let framer = '';

test.beforeAll(async () => {
  const [a, b, c] = [serveDist(true), serveDist(false), serveFramer()];
  servers.push(a, b, c);
  withHeaders = `http://127.0.0.1:${await listen(a)}/`;
  withoutHeaders = `http://127.0.0.1:${await listen(b)}/`;
  // `localhost` and 127.0.0.1 are different sites, not only different origins.
  framer = `http://localhost:${await listen(c)}/`;
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Opens the framing site with the page inside, and records every request the browser makes. */
async function frame(page: Page, src: string) {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${framer}?src=${encodeURIComponent(src)}`);
  await expect(page.getByRole('heading', { name: 'Another site' })).toBeVisible();
  return { requests, framed: page.frameLocator('iframe[title="Framed page"]') };
}

const keyField = 'DeepSeek API key';

test('on a host without headers, the framed page shows a notice and a link, never the tools', async ({
  page,
}) => {
  const { requests, framed } = await frame(page, `${withoutHeaders}#not-set`);
  const link = framed.getByRole('link', { name: 'Open DeepSeek Key Doctor in its own tab' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', `${withoutHeaders}#not-set`);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(framed.getByText('does not work inside another page')).toBeVisible();
  await expect(framed.getByRole('textbox')).toHaveCount(0);
  // The chunk that holds the key field is never even fetched.
  expect(requests.filter((url) => url.includes('/assets/workbench-'))).toEqual([]);

  // The link opens the page in its own tab, where it works.
  const [tab] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await expect(tab.getByRole('textbox', { name: keyField })).toBeVisible();
});

test.describe('before its JavaScript runs', () => {
  test.use({ javaScriptEnabled: false });

  test('the framed page from the HTML alone has no key field', async ({ page }) => {
    const { framed } = await frame(page, withoutHeaders);
    await expect(
      framed.getByRole('heading', { level: 1, name: 'DeepSeek Key Doctor' }),
    ).toBeVisible();
    await expect(framed.getByRole('textbox')).toHaveCount(0);
  });
});

test('on a host with the headers of dist/_headers, the browser refuses to frame the page', async ({
  page,
}) => {
  const refusals: string[] = [];
  page.on('console', (message) => refusals.push(message.text()));
  const { requests, framed } = await frame(page, withHeaders);
  await expect.poll(() => refusals.join('\n')).toContain("frame-ancestors 'none'");
  await expect(framed.getByRole('textbox')).toHaveCount(0);
  await expect(framed.getByRole('heading', { name: 'DeepSeek Key Doctor' })).toHaveCount(0);
  // The page was fetched, and refused: none of its scripts ran.
  expect(requests).toContain(withHeaders);
  expect(requests.filter((url) => url.includes('/assets/'))).toEqual([]);
});

test('in its own tab, with the headers, the page works and the browser reports nothing', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-write']);
  const reported: string[] = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) reported.push(message.text());
  });
  page.on('pageerror', (error) => reported.push(String(error)));
  await routeDeepSeek(page, ANSWERS.valid);
  const response = await page.goto(withHeaders);
  expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response!.headers()['cache-control']).toBe('no-cache');

  await page.getByRole('textbox', { name: keyField }).fill(GOOD_KEY);
  await page.getByRole('button', { name: 'Test key' }).click();
  await expect(
    page.getByRole('region', { name: 'Test your key' }).getByRole('status'),
  ).toContainText('Your key works');
  // Permissions-Policy leaves copying to the page.
  await page.getByRole('button', { name: 'Copy diagnosis' }).click();
  await expect(page.getByText('Copied to the clipboard.').first()).toBeVisible();
  expect(reported).toEqual([]);
});
