import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { insertFrame, lowerScriptPriority, renderFrame } from '../../server/prerender-frame.ts';
import { app } from '../../src/i18n/en/app.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const INDEX_HTML = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

/** The text of a message as HTML escapes it. */
const escaped = (text: string) => text.replaceAll('"', '&quot;');

describe('the frame written into the built index.html', () => {
  it('is the English frame, rendered from the components, with the tools still to load', async () => {
    const html = insertFrame(INDEX_HTML, await renderFrame(ROOT));
    expect(html).toContain(`<h1 id="page-title">${app['app.title']}</h1>`);
    for (const key of ['app.tagline', 'app.way.key', 'app.privacy', 'app.loading'] as const) {
      expect(html).toContain(escaped(app[key]));
    }
    expect(html).toMatch(/<div id="root"><header class="site-header">.*<\/footer><\/div>/s);
    // The built page's CSP allows no inline script: only the module script with a src.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/src/main.tsx">']);
  }, 30_000);

  it('refuses a page without an empty #root', () => {
    expect(() => insertFrame('<body><main></main></body>', '<h1>x</h1>')).toThrow(/#root/);
  });

  it('refuses markup with an inline script', () => {
    expect(() => insertFrame('<div id="root"></div>', '<script>alert(1)</script>')).toThrow(
      /inline script/,
    );
  });

  it('fetches the entry script at low priority, since no paint waits for it', () => {
    expect(lowerScriptPriority(INDEX_HTML).match(/<script\b[^>]*>/g)).toEqual([
      '<script type="module" fetchpriority="low" src="/src/main.tsx">',
    ]);
  });
});
