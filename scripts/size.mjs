// Prints the gzip -9 size of what the built page loads first, of each lazy chunk, and of the
// floor: a React page with one <h1>, built here with the same React and Vite. Then the budgets:
// initial / floor, the openai chunk, and the highlighter bundled alone. Figures, not a gate:
// it exits 0 whatever the sizes, and 1 only when there is no build. Run after a build.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const KIB = 1024;
const BUDGETS = {
  initialPerFloor: 1.15,
  openaiBytes: 40 * KIB,
  highlighterBytes: 6 * KIB,
};

const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const verdict = (value, budget) => (value <= budget ? 'PASS' : 'OVER');
const tmp = (name) => join('node_modules', '.tmp', name);

/** The files index.html loads before anything else: its scripts, preloads and styles. */
function initialFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)];
  return [...new Set(refs.map((match) => match[1]))];
}

async function floor() {
  const root = tmp('size-floor');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>',
  );
  writeFileSync(
    join(root, 'main.jsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Hello</h1>);\n",
  );
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir: 'dist' },
  });
  const dist = join(root, 'dist');
  return initialFiles(dist).reduce((sum, file) => sum + gzip(join(dist, file)), 0);
}

/** src/domain/code/highlight.ts bundled alone (library mode, minified), as the app ships it. */
async function highlighter() {
  const outDir = resolve(tmp('size-highlight'));
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    build: {
      outDir,
      minify: true,
      lib: {
        entry: resolve('src/domain/code/highlight.ts'),
        formats: ['es'],
        fileName: 'highlight',
      },
    },
  });
  const file = readdirSync(outDir).find((name) => name.endsWith('.js'));
  return gzip(join(outDir, file));
}

const dist = 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error('No build in dist/: run `npm run size`, which builds first.');
  process.exit(1);
}

const initial = initialFiles(dist);
const initialBytes = initial.reduce((sum, file) => sum + gzip(join(dist, file)), 0);
const lazy = readdirSync(join(dist, 'assets'))
  .map((name) => `assets/${name}`)
  .filter((file) => /\.(js|css)$/.test(file) && !initial.includes(file));

console.log('Initial (gzip -9):');
for (const file of initial) console.log(`  ${file.padEnd(44)} ${kib(gzip(join(dist, file)))}`);
console.log(`  ${'total'.padEnd(44)} ${kib(initialBytes)}`);
console.log('Lazy chunks (gzip -9):');
for (const file of lazy) console.log(`  ${file.padEnd(44)} ${kib(gzip(join(dist, file)))}`);

const floorBytes = await floor();
const ratio = initialBytes / floorBytes;
const openai = lazy.find((file) => /^assets\/openai-[^/]*\.js$/.test(file));
const openaiBytes = openai ? gzip(join(dist, openai)) : null;
// The code reader with its parsers (@lezer/python, @lezer/javascript): loaded on the first paste.
const reader = lazy.find((file) => /^assets\/lint-code-[^/]*\.js$/.test(file));
const readerBytes = reader ? gzip(join(dist, reader)) : null;
const highlighterBytes = await highlighter().catch((error) => {
  console.log(`Could not bundle src/domain/code/highlight.ts alone: ${error.message}`);
  return null;
});

console.log(`Floor, a React page with one <h1>: ${kib(floorBytes)}`);
console.log('Budgets:');
console.log(
  `  initial / floor   ${ratio.toFixed(2)} (budget ${BUDGETS.initialPerFloor})  ${verdict(ratio, BUDGETS.initialPerFloor)}`,
);
console.log(
  openaiBytes === null
    ? '  openai chunk      not found: no lazy assets/openai-*.js in dist/  OVER'
    : `  openai chunk      ${kib(openaiBytes)} (budget ${kib(BUDGETS.openaiBytes)})  ${verdict(openaiBytes, BUDGETS.openaiBytes)}`,
);
console.log(
  readerBytes === null
    ? '  parser chunk      not found: no lazy assets/lint-code-*.js in dist/  OVER'
    : `  parser chunk      ${kib(readerBytes)} (lazy: the code reader and both parsers)`,
);
console.log(
  highlighterBytes === null
    ? '  highlighter       not measured  OVER'
    : `  highlighter       ${kib(highlighterBytes)} (budget ${kib(BUDGETS.highlighterBytes)})  ${verdict(highlighterBytes, BUDGETS.highlighterBytes)}`,
);
