import type { Locator, Page, Request, Route } from '@playwright/test';
import {
  BALANCE_BODY,
  BAD_FORMAT_MESSAGE,
  CAPTIVE_PORTAL_HTML,
  GOVERNOR_MESSAGE,
  MODELS_BODY,
  NO_SUCH_USER_MESSAGE,
  PROXY_502_HTML,
  errorBody,
  invalidKeyMessage,
} from '../mocks/deepseek.ts';

/** Where the e2e preview serves the page (playwright.config.ts). */
export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4817}`;
export const API = 'https://api.deepseek.com';

/** A fake key that is easy to spot anywhere it should not be: sk- and 32 hex digits. */
export const SPOT_KEY = 'sk-7f3a9c2e5b8d41f0a6e3c9b2d7f4e1a8';

export type Answer = (route: Route) => Promise<void>;

const CORS = { 'Access-Control-Allow-Origin': '*' };

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  (route) =>
    route.fulfill({ status, json: body, headers: { ...CORS, ...headers } });

/** An answer that is not JSON: an HTML page from a proxy, a gateway or a captive portal. */
export const html =
  (status: number, body: string): Answer =>
  (route) =>
    route.fulfill({ status, contentType: 'text/html', body, headers: CORS });

/** DeepSeek's answers to `GET /models` for each verdict the page can give. */
export const ANSWERS = {
  valid: json(200, MODELS_BODY),
  invalid: (key: string) => json(401, errorBody(invalidKeyMessage(key))),
  badFormat: json(401, errorBody(BAD_FORMAT_MESSAGE)),
  balance: json(402, errorBody('Insufficient Balance')),
  rateLimited: json(429, errorBody('Rate Limit Reached')),
  serverError: json(503, errorBody('Server Overloaded')),
  /** DeepSeek echoes `****_KEY`: the code sent the variable's name, not its value. */
  tailMismatch: json(401, errorBody('Authentication Fails, Your api key: ****_KEY is invalid')),
  noSuchUser: json(401, errorBody(NO_SUCH_USER_MESSAGE)),
  governor: json(401, errorBody(GOVERNOR_MESSAGE)),
  forbidden: json(403, errorBody('Forbidden')),
  notFound: json(404, errorBody('Not Found')),
  /** A captive portal's sign-in page instead of the model list. */
  htmlPage: html(200, CAPTIVE_PORTAL_HTML),
  /** JSON, but not a model list: a wrong host or a proxy. */
  notModelList: json(200, {}),
  /** A 401 without DeepSeek's "Authentication Fails": a gateway refused the request. */
  emptyUnauthorized: (route: Route) => route.fulfill({ status: 401, body: '', headers: CORS }),
  /** A gateway's HTML 502 page: an outage, a server error. */
  gatewayHtml: html(502, PROXY_502_HTML),
  /** No answer at all; with `context.setOffline(true)` the page also knows it is offline. */
  offline: (route: Route) => route.abort('internetdisconnected'),
  /** A real CORS refusal: the browser gets an answer but may not read it. */
  blocked: (route: Route) =>
    route.fulfill({
      status: 200,
      json: MODELS_BODY,
      headers: { 'Access-Control-Allow-Origin': 'https://elsewhere.example' },
    }),
  /** Never answers: for Cancel and the timeout. */
  hang: () => new Promise<void>(() => {}),
} satisfies Record<string, Answer | ((key: string) => Answer)>;

export interface DeepSeekRoute {
  /** The answer to the next `GET /models`; `GET /user/balance` always succeeds. */
  answer: Answer;
  /** Every request that reached the route, in order. */
  requests: Request[];
}

/** Answers https://api.deepseek.com from the test; change `answer` between key tests. */
export async function routeDeepSeek(page: Page, answer: Answer = ANSWERS.valid) {
  const deepseek: DeepSeekRoute = { answer, requests: [] };
  await page.route(`${API}/**`, (route) => {
    deepseek.requests.push(route.request());
    const { pathname } = new URL(route.request().url());
    if (pathname === '/models') return deepseek.answer(route);
    if (pathname === '/user/balance') return json(200, BALANCE_BODY)(route);
    return route.fulfill({ status: 599, body: 'unexpected request' });
  });
  return deepseek;
}

/** Every element's longest CSS transition and running animation, when longer than `limitS`. */
export function longMotions(page: Page, limitS = 0.01) {
  return page.evaluate((limit) => {
    const seconds = (list: string) =>
      Math.max(
        ...list
          .split(',')
          .map((value) => value.trim())
          .map((value) => (value.endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value)))
          .map((value) => (Number.isNaN(value) ? 0 : value)),
      );
    const found: string[] = [];
    const describe = (element: Element) =>
      element.tagName.toLowerCase() +
      (element.id ? `#${element.id}` : '') +
      (element.classList.length ? `.${[...element.classList].join('.')}` : '');
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const transition = seconds(style.transitionDuration) + seconds(style.transitionDelay);
        if (style.transitionProperty !== 'none' && transition > limit) {
          found.push(`${describe(element)}${pseudo ?? ''}: transition ${transition}s`);
        }
        const animation = seconds(style.animationDuration);
        if (style.animationName !== 'none' && animation > limit) {
          found.push(`${describe(element)}${pseudo ?? ''}: animation ${animation}s`);
        }
      }
    }
    for (const animation of document.getAnimations()) {
      const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
      if (animation.playState === 'running' && duration / 1000 > limit) {
        found.push(`running animation of ${duration} ms`);
      }
    }
    return found;
  }, limitS);
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until the target has focus: the way a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
