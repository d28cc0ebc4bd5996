import type { Plugin } from 'vite';
import { DEEPSEEK_BASE_URL } from '../src/domain/deepseek-facts.ts';

/**
 * The page may talk to its own origin and to DeepSeek, nothing else (SPEC §4). This module is the
 * one source of the page's security headers: the meta CSP and `dist/_headers` are written from it
 * at build time, and tests/unit/security-headers.test.ts keeps vercel.json and
 * docs/deploy/nginx.conf in step with it (docs/decisions/0012-never-framed.md).
 */
const POLICY = [
  "default-src 'self'",
  `connect-src 'self' ${DEEPSEEK_BASE_URL}`,
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/**
 * The policy as a `<meta>` tag carries it. NOTE: browsers ignore `frame-ancestors` in a meta tag
 * (and Chromium logs an error for it), so only the header forbids framing.
 */
export const CONTENT_SECURITY_POLICY = POLICY.join('; ');

/** Sent with every response: the policy, now able to forbid framing, and what a header can add. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [...POLICY, "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The page uses none of these; copying (clipboard-write) stays allowed to the page itself.
  'Permissions-Policy': [
    'camera',
    'microphone',
    'geolocation',
    'payment',
    'usb',
    'serial',
    'hid',
    'display-capture',
    'clipboard-read',
    'browsing-topics',
  ]
    .map((feature) => `${feature}=()`)
    .join(', '),
};

/**
 * `Cache-Control` per path, on top of SECURITY_HEADERS: the hashed assets forever, the page never
 * without asking (so a new deployment is picked up at once). Paths in the `_headers` format: a
 * trailing `*` matches the rest of the path.
 */
export const CACHE_CONTROL: Readonly<Record<string, string>> = {
  '/assets/*': 'public, max-age=31536000, immutable',
  '/': 'no-cache',
  '/index.html': 'no-cache',
};

type Headers = Readonly<Record<string, string>>;

/** Every rule as the `_headers` format has it: a path pattern and the headers it adds. */
function rules(): { path: string; headers: Headers }[] {
  return [
    { path: '/*', headers: SECURITY_HEADERS },
    ...Object.entries(CACHE_CONTROL).map(([path, value]) => ({
      path,
      headers: { 'Cache-Control': value },
    })),
  ];
}

/** `dist/_headers` for Netlify and Cloudflare Pages, which merge every rule that matches. */
export function headersFile(): string {
  const block = ({ path, headers }: { path: string; headers: Headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${rules().map(block).join('\n')}\n`;
}

/** vercel.json: Vercel also applies every rule that matches. Formatted as Prettier would. */
export function vercelJson(): string {
  const headers = rules().map(({ path, headers }) => ({
    source: path.replace(/\*$/, '(.*)'),
    headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
  }));
  return `${JSON.stringify({ $schema: 'https://openapi.vercel.sh/vercel.json', headers }, null, 2)}\n`;
}

/**
 * docs/deploy/nginx.conf: a server block for dist/. An nginx location that adds any header
 * inherits none from outside it, so each location repeats the security headers.
 */
export function nginxConfig(): string {
  const location = (path: string, headers: Headers) => [
    `    location ${path.endsWith('*') ? path.slice(0, -1) : `= ${path}`} {`,
    ...Object.entries(headers).map(
      ([name, value]) => `        add_header ${name} "${value}" always;`,
    ),
    '    }',
  ];
  return [
    '# DeepSeek Key Doctor on nginx: the same headers as dist/_headers. Written from',
    '# server/security-headers.ts; `npx vitest run tests/unit/security-headers.test.ts -u` updates it.',
    'server {',
    '    listen 80; # add TLS as for any other site',
    '    server_name key-doctor.example.com;',
    '    root /var/www/key-doctor; # the contents of dist/',
    '    index index.html;',
    '',
    ...location('/*', SECURITY_HEADERS),
    ...Object.entries(CACHE_CONTROL).flatMap(([path, value]) => [
      '',
      ...location(path, { ...SECURITY_HEADERS, 'Cache-Control': value }),
    ]),
    '}',
    '',
  ].join('\n');
}

/**
 * Adds the policy to the built page as a meta tag and writes `dist/_headers`. Build only: Vite's
 * dev server needs inline scripts and a websocket for HMR.
 */
export function securityHeaders(): Plugin {
  return {
    name: 'key-doctor:security-headers',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
