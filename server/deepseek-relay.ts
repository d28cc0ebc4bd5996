import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import {
  RELAY_STATUS_HEADER,
  RELAY_UNREACHABLE,
} from '../src/domain/key-test/classify-response.ts';
import { DEEPSEEK_BASE_URL } from '../src/domain/deepseek-facts.ts';
import { RELAY_NAME, RELAY_PATH } from '../src/deepseek/detect-relay.ts';

/**
 * For end-to-end tests only: where the relay forwards instead of DeepSeek. It is read from the
 * server process's environment when the server starts; nothing the page or a URL sends can change
 * it (docs/decisions/0003-same-origin-relay.md).
 */
export const RELAY_UPSTREAM_ENV = 'DEEPSEEK_RELAY_UPSTREAM';

const UPSTREAM_TIMEOUT_MS = 15_000;

/** The only requests forwarded: DeepSeek's two free, read-only endpoints. */
const FORWARDED: Readonly<Record<string, string>> = {
  models: '/models',
  'v1/models': '/models',
  'user/balance': '/user/balance',
  'v1/user/balance': '/user/balance',
};

/**
 * A same-origin relay for `vite dev` and `vite preview`, for browsers that cannot reach DeepSeek
 * directly (CORS, an extension, a proxy that only lets the dev server out). It answers a health
 * check and forwards `GET /models` and `GET /user/balance` to DeepSeek with the Authorization and
 * Accept headers only, returning status, content type, Retry-After and body. Nothing else: any
 * other path or method under the relay is a 404. It logs nothing.
 */
export function deepseekRelay(): Plugin {
  const upstream = upstreamOf(process.env[RELAY_UPSTREAM_ENV]);
  let prefix = '/';
  const handler = relayHandler(() => prefix, upstream);
  return {
    name: 'key-doctor:deepseek-relay',
    configResolved(config) {
      // `base: './'` serves the app from the root of the dev and preview servers.
      prefix = config.base.startsWith('/') ? config.base : '/';
    },
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
  };
}

function upstreamOf(override: string | undefined): string {
  if (!override) return DEEPSEEK_BASE_URL;
  const url = new URL(override);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${RELAY_UPSTREAM_ENV} must be an http(s) URL`);
  }
  return url.origin;
}

function relayHandler(prefix: () => string, upstream: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://relay.invalid').pathname;
    const root = `${prefix()}${RELAY_PATH}/`;
    if (!path.startsWith(root)) return next();
    const route = path.slice(root.length);
    if (req.method === 'GET' && route === 'health') {
      return send(res, 200, 'application/json', JSON.stringify({ relay: RELAY_NAME }));
    }
    const target = FORWARDED[route];
    if (req.method !== 'GET' || target === undefined) {
      return send(
        res,
        404,
        'application/json',
        JSON.stringify({ relay: RELAY_NAME, error: 'not relayed' }),
      );
    }
    void forward(req, res, new URL(target, upstream).href);
  };
}

async function forward(req: IncomingMessage, res: ServerResponse, url: string): Promise<void> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const authorization = req.headers.authorization;
  if (authorization !== undefined) headers.Authorization = authorization;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), UPSTREAM_TIMEOUT_MS);
  // NOTE: a browser that gives up (Cancel, timeout) closes the request; stop waiting on DeepSeek.
  res.on('close', () => controller.abort());
  try {
    const answer = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
    const body = await answer.text();
    const extra: Record<string, string> = {};
    const retryAfter = answer.headers.get('retry-after');
    if (retryAfter !== null) extra['Retry-After'] = retryAfter;
    send(res, answer.status, answer.headers.get('content-type'), body, extra);
  } catch {
    send(
      res,
      502,
      'application/json',
      JSON.stringify({ relay: RELAY_NAME, error: RELAY_UNREACHABLE }),
      {
        [RELAY_STATUS_HEADER]: RELAY_UNREACHABLE,
      },
    );
  } finally {
    clearTimeout(timer);
  }
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string | null,
  body: string,
  extra: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.statusCode = status;
  if (contentType !== null) res.setHeader('Content-Type', contentType);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  res.end(body);
}
