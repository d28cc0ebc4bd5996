// Prints the page's Lighthouse figures (mobile) and the click-to-request ratio of "Test key".
// Figures, not a gate: it exits 0 unless there is no build or no browser. Run by `npm run bench`,
// which builds first. Serves dist/ with `vite preview` on its own port and always stops it.
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';

const PORT = 4829;
const PAGE_URL = `http://127.0.0.1:${PORT}/`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 61;
const FRESH_PAGES = 9;
const KEY = 'sk-0123456789abcdef0123456789abcdef';
const MODELS_BODY = {
  object: 'list',
  data: [{ id: 'deepseek-flash', object: 'model', owned_by: 'deepseek' }],
};
// Without these, Chromium keeps calling Google's hosts, which this network refuses.
const QUIET = [
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(2)} ms`;

async function runLighthouse() {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...QUIET],
  });
  try {
    // The default config: a mobile form factor with simulated throttling.
    const result = await lighthouse(PAGE_URL, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories, audits } = result.lhr;
    console.log('Lighthouse (mobile, simulated throttling), target 100 each:');
    for (const category of Object.values(categories)) {
      console.log(`  ${category.title.padEnd(16)} ${Math.round(category.score * 100)}`);
    }
    console.log('Metrics:');
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
    ]) {
      console.log(`  ${audits[id].title.padEnd(26)} ${audits[id].displayValue}`);
    }
    const failed = Object.values(categories)
      .flatMap((category) => category.auditRefs)
      .map((ref) => audits[ref.id])
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual' &&
          audit.scoreDisplayMode !== 'notApplicable',
      );
    if (failed.length) {
      console.log('Audits below full marks:');
      for (const audit of failed)
        console.log(`  ${audit.id}: ${audit.score} ${audit.displayValue ?? ''}`);
    }
  } finally {
    chrome.kill();
  }
}

/**
 * From a click on "Test key" to the request for /models, against a bare fetch() of the same URL
 * with the same headers from a click handler in the same page. Timed twice: in the page (a
 * capture-phase click listener and a fetch wrapper) and at the network (the moment the browser
 * hands the request to the route, on the page's clock).
 */
/** A fresh page with the SDK's chunk prefetched, a bare-fetch button, and a timer for clicks. */
async function openPage(browser) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const marks = { click: 0, fetch: 0 };
    Object.defineProperty(window, '__bench', { value: marks });
    window.addEventListener(
      'click',
      () => {
        marks.click = performance.now();
      },
      { capture: true },
    );
    const original = window.fetch;
    window.fetch = function (input, init) {
      const url = typeof input === 'string' ? input : (input.url ?? String(input));
      if (/\/models$/.test(url)) marks.fetch = performance.now();
      return original.call(this, input, init);
    };
  });
  let routedAt = 0;
  await page.route('https://api.deepseek.com/**', (route) => {
    if (new URL(route.request().url()).pathname === '/models') {
      routedAt = performance.timeOrigin + performance.now();
    }
    return route.fulfill({
      status: 200,
      json: MODELS_BODY,
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  });
  await page.goto(PAGE_URL);
  const keyField = page.getByRole('textbox', { name: 'DeepSeek API key' });
  const testKey = page.getByRole('button', { name: 'Test key' });
  const status = page.getByRole('region', { name: 'Test your key' }).getByRole('status');
  // Focus prefetches the SDK's chunk (src/deepseek/load-sdk.ts): wait for it.
  await keyField.focus();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(100);
  await page.evaluate((key) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = 'bench-bare-fetch';
    button.textContent = 'bare fetch';
    button.addEventListener('click', () => {
      void fetch('https://api.deepseek.com/models', {
        method: 'GET',
        headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
      }).then((response) => response.text());
    });
    document.body.append(button);
  }, KEY);
  const bare = page.locator('#bench-bare-fetch');

  /** Clicks, waits for the request, and returns both timings in ms. */
  async function timed(click, done) {
    routedAt = 0;
    await page.evaluate(() => {
      window.__bench.click = 0;
      window.__bench.fetch = 0;
    });
    await click();
    await done();
    const marks = await page.evaluate(() => ({
      ...window.__bench,
      origin: performance.timeOrigin,
    }));
    return {
      inPage: marks.fetch - marks.click,
      atNetwork: routedAt - (marks.origin + marks.click),
    };
  }

  return {
    page,
    async timeApp() {
      await page.getByRole('button', { name: 'Forget key' }).click();
      await keyField.fill(KEY);
      // The page prepares the check as the key arrives (ADR 11); a person takes longer than this
      // to get from the field to the button.
      await page.waitForTimeout(20);
      return timed(
        () => testKey.click(),
        () => status.getByText('Your key works').waitFor(),
      );
    },
    timeBare: () =>
      timed(
        () => bare.click(),
        () => page.waitForFunction(() => window.__bench.fetch > 0),
      ),
  };
}

/** Prints the medians of both, and their ratio against the target when `target` is given. */
function report(label, app, baseline, pick, target) {
  const appMedian = median(app.map(pick));
  const bareMedian = median(baseline.map(pick));
  // NOTE: Chromium coarsens performance.now() to 0.1 ms, so a bare fetch() can time as 0.
  let ratio = 'n/a (bare < 0.1 ms)';
  if (bareMedian >= 0.1) {
    const value = appMedian / bareMedian;
    ratio = value.toFixed(2) + (target ? (value <= target ? ': PASS' : ': OVER') : '');
  }
  console.log(
    `  ${label.padEnd(36)} Test key ${ms(appMedian).padStart(9)}   bare fetch ${ms(bareMedian).padStart(9)}   ratio ${ratio}`,
  );
}

/**
 * From a click on "Test key" to the request for /models, against a bare fetch() of the same URL
 * with the same headers from a click handler in the same page. Timed twice: in the page (a
 * capture-phase click listener and a fetch wrapper) and at the network (the moment the browser
 * hands the request to the route, on the page's clock). Then the first click of fresh pages,
 * which is the one a visitor makes.
 */
async function clickToRequest() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET });
  try {
    const { page, timeApp, timeBare } = await openPage(browser);
    const app = [];
    const baseline = [];
    for (let run = 0; run <= RUNS; run++) {
      // Alternate which goes first, so that neither always profits from the other's warm-up.
      let a, b;
      if (run % 2) {
        b = await timeBare();
        a = await timeApp();
      } else {
        a = await timeApp();
        b = await timeBare();
      }
      await page.waitForTimeout(20);
      // The first run of each warms up the code paths.
      if (run > 0) {
        app.push(a);
        baseline.push(b);
      }
    }
    await page.close();
    console.log(`Click to request for /models, median of ${RUNS} runs in one page:`);
    report('at the network (route, page clock)', app, baseline, (t) => t.atNetwork, 1.1);
    report('in the page (click → fetch call)', app, baseline, (t) => t.inPage);

    const firstApp = [];
    const firstBare = [];
    for (let run = 0; run < FRESH_PAGES; run++) {
      const fresh = await openPage(browser);
      firstApp.push(await fresh.timeApp());
      firstBare.push(await fresh.timeBare());
      await fresh.page.close();
    }
    console.log(`The first click of a fresh page, median of ${FRESH_PAGES} pages:`);
    report('at the network (route, page clock)', firstApp, firstBare, (t) => t.atNetwork);
    report('in the page (click → fetch call)', firstApp, firstBare, (t) => t.inPage);
  } finally {
    await browser.close();
  }
}

if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run `npm run bench`, which builds first.');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: set CHROMIUM_PATH.`);
  process.exit(1);
}

const server = await preview({
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PORT, strictPort: true },
});
process.once('SIGINT', () => {
  void server.close().finally(() => process.exit(130));
});
try {
  console.log(`Serving dist/ at ${PAGE_URL} (${new Date().toISOString().slice(0, 10)})`);
  // The click first: the milliseconds it measures are disturbed by Lighthouse's browser exiting.
  await clickToRequest().catch((error) => console.log(`Click to request failed: ${error.message}`));
  await runLighthouse().catch((error) => console.log(`Lighthouse failed: ${error.message}`));
} finally {
  await server.close();
}
