import type { Plugin } from 'vite';
import { DEEPSEEK_BASE_URL } from '../src/domain/deepseek-facts.ts';

/**
 * The page may talk to its own origin and to DeepSeek, nothing else (SPEC §4).
 * Added to the built page only: Vite's dev server needs inline scripts and a websocket for HMR.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `connect-src 'self' ${DEEPSEEK_BASE_URL}`,
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'key-doctor:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
