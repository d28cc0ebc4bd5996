import { describe, expect, it } from 'vitest';
import {
  CACHE_CONTROL,
  CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  headersFile,
  nginxConfig,
  vercelJson,
} from '../../server/security-headers.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('the security headers', () => {
  it('forbid framing in the header, which a meta CSP cannot do', () => {
    const header = SECURITY_HEADERS['Content-Security-Policy'];
    expect(header).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    // Chromium logs an error for frame-ancestors in a meta tag, and ignores it.
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self' https://api.deepseek.com");
  });

  it('add nosniff, no referrer and a Permissions-Policy that still lets the page copy', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/^([a-z-]+=\(\)(, )?)+$/);
    expect(SECURITY_HEADERS['Permissions-Policy']).toContain('camera=()');
    expect(SECURITY_HEADERS['Permissions-Policy']).not.toContain('clipboard-write');
  });

  it('cache the hashed assets for a year, and the page never without asking', () => {
    expect(CACHE_CONTROL).toEqual({
      '/assets/*': IMMUTABLE,
      '/': 'no-cache',
      '/index.html': 'no-cache',
    });
  });
});

describe('dist/_headers (Netlify, Cloudflare Pages)', () => {
  it('sends the security headers everywhere, and Cache-Control once per path', () => {
    const file = headersFile();
    expect(file.startsWith('/*\n')).toBe(true);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(file).toContain(`\n  ${name}: ${value}\n`);
    }
    expect(file).toContain(`/assets/*\n  Cache-Control: ${IMMUTABLE}\n`);
    expect(file).toContain('/index.html\n  Cache-Control: no-cache\n');
    // Both hosts join a header set by two matching rules with a comma: set it once per path.
    expect(file.match(/Cache-Control/g)).toHaveLength(Object.keys(CACHE_CONTROL).length);
  });
});

describe('the documented headers for other hosts', () => {
  // `npx vitest run tests/unit/security-headers.test.ts -u` rewrites both files.
  it('vercel.json sends the same headers', async () => {
    const vercel = vercelJson();
    expect(JSON.parse(vercel).headers[1]).toEqual({
      source: '/assets/(.*)',
      headers: [{ key: 'Cache-Control', value: IMMUTABLE }],
    });
    await expect(vercel).toMatchFileSnapshot('../../vercel.json');
  });

  it('docs/deploy/nginx.conf sends the same headers in every location', async () => {
    const nginx = nginxConfig();
    for (const location of ['location / {', 'location /assets/ {', 'location = /index.html {']) {
      const block = nginx.slice(nginx.indexOf(location)).split('}')[0];
      expect(block).toContain(
        `add_header Content-Security-Policy "${SECURITY_HEADERS['Content-Security-Policy']}" always;`,
      );
    }
    await expect(nginx).toMatchFileSnapshot('../../docs/deploy/nginx.conf');
  });
});
