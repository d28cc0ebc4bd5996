// Prints the gzip -9 size of what the built page loads first, of each lazy chunk, and of the
// floor: a React page with one <h1>, built here with the same React and Vite. Run after a build.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The files index.html loads before anything else: its scripts, preloads and styles. */
function initialFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)];
  return [...new Set(refs.map((match) => match[1]))];
}

async function floor() {
  const root = join('node_modules', '.tmp', 'size-floor');
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

const dist = 'dist';
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
console.log(`Floor, a React page with one <h1>: ${kib(floorBytes)}`);
console.log(`Initial / floor: ${(initialBytes / floorBytes).toFixed(2)} (budget 1.15)`);
