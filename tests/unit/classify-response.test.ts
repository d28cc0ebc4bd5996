import { describe, expect, it } from 'vitest';
import {
  classifyResponse,
  readBalance,
  readModelList,
  readRetryAfter,
  type HttpAnswer,
} from '../../src/domain/key-test/classify-response.ts';
import {
  BAD_FORMAT_MESSAGE,
  BALANCE_BODY,
  CAPTIVE_PORTAL_HTML,
  GOVERNOR_MESSAGE,
  MODELS_BODY,
  NO_SUCH_USER_MESSAGE,
  PROXY_502_HTML,
  REQUEST_ID,
  errorBody,
} from '../mocks/deepseek.ts';

const JSON_TYPE = 'application/json';

function json(status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer {
  return { status, contentType: JSON_TYPE, bodyText: JSON.stringify(body), headers };
}

const invalid = 'Authentication Fails, Your api key: ****abcd is invalid';

describe('classifyResponse', () => {
  it.each([
    [
      '401 invalid key',
      json(401, errorBody(invalid)),
      {
        kind: 'unauthorized',
        status: 401,
        message: invalid,
        variant: 'invalid-key',
        echoedTail: 'abcd',
        requestId: null,
      },
    ],
    [
      '401 invalid key with a request id',
      json(401, errorBody(`${invalid} (request_id: ${REQUEST_ID})`)),
      {
        kind: 'unauthorized',
        status: 401,
        message: `${invalid} (request_id: ${REQUEST_ID})`,
        variant: 'invalid-key',
        echoedTail: 'abcd',
        requestId: REQUEST_ID,
      },
    ],
    [
      '401 bad format',
      json(401, errorBody(BAD_FORMAT_MESSAGE)),
      {
        kind: 'unauthorized',
        status: 401,
        message: BAD_FORMAT_MESSAGE,
        variant: 'bad-format',
        echoedTail: null,
        requestId: null,
      },
    ],
    [
      '401 no such user',
      json(401, errorBody(NO_SUCH_USER_MESSAGE)),
      {
        kind: 'unauthorized',
        status: 401,
        message: NO_SUCH_USER_MESSAGE,
        variant: 'no-such-user',
        echoedTail: null,
        requestId: null,
      },
    ],
    [
      '401 governor',
      json(401, errorBody(GOVERNOR_MESSAGE)),
      {
        kind: 'unauthorized',
        status: 401,
        message: GOVERNOR_MESSAGE,
        variant: 'governor',
        echoedTail: null,
        requestId: null,
      },
    ],
    [
      '401 with an empty body',
      { status: 401, contentType: null, bodyText: '' },
      {
        kind: 'unauthorized',
        status: 401,
        message: '',
        variant: 'unknown',
        echoedTail: null,
        requestId: null,
      },
    ],
    [
      '402 insufficient balance',
      json(402, errorBody('Insufficient Balance', 'unknown_error', 'invalid_request_error')),
      { kind: 'insufficient-balance', status: 402, message: 'Insufficient Balance' },
    ],
    [
      '403 forbidden',
      json(403, errorBody('Forbidden')),
      { kind: 'forbidden', status: 403, message: 'Forbidden' },
    ],
    [
      '404 not found',
      json(404, errorBody('Not Found')),
      { kind: 'not-found', status: 404, message: 'Not Found' },
    ],
    [
      // DeepSeek's own 401 body in 2024 (simonw/llm#393), FastAPI's shape.
      '401 with a {"detail"} body',
      json(401, { detail: 'Authentication Fails' }),
      {
        kind: 'unauthorized',
        status: 401,
        message: 'Authentication Fails',
        variant: 'unknown',
        echoedTail: null,
        requestId: null,
      },
    ],
    [
      '404 with a bare {"message"} body',
      json(404, { message: 'no route' }),
      { kind: 'not-found', status: 404, message: 'no route' },
    ],
    [
      '429 with Retry-After seconds',
      json(429, errorBody('Rate Limit Reached'), { 'retry-after': '30' }),
      { kind: 'rate-limited', status: 429, message: 'Rate Limit Reached', retryAfterSeconds: 30 },
    ],
    [
      '429 without Retry-After',
      json(429, errorBody('Rate Limit Reached')),
      { kind: 'rate-limited', status: 429, message: 'Rate Limit Reached', retryAfterSeconds: null },
    ],
    [
      '500 server error',
      json(500, errorBody('Server Error')),
      { kind: 'server-error', status: 500, message: 'Server Error' },
    ],
    [
      '503 overloaded',
      json(503, errorBody('Server Overloaded')),
      { kind: 'server-error', status: 503, message: 'Server Overloaded' },
    ],
    [
      '503 with an empty body',
      { status: 503, contentType: null, bodyText: '' },
      { kind: 'server-error', status: 503, message: '' },
    ],
    [
      '400 another JSON error',
      json(400, errorBody('Invalid Format', 'invalid_request_error')),
      { kind: 'http-error', status: 400, message: 'Invalid Format' },
    ],
    [
      '422 invalid parameters',
      json(422, errorBody('Invalid Parameters', 'invalid_request_error')),
      { kind: 'http-error', status: 422, message: 'Invalid Parameters' },
    ],
    [
      'HTML 502 from a gateway: an outage, not a wrong host',
      { status: 502, contentType: 'text/html', bodyText: PROXY_502_HTML },
      { kind: 'server-error', status: 502, message: '' },
    ],
    [
      'HTML 404 from another host',
      { status: 404, contentType: 'text/html', bodyText: '<html><h1>Not Found</h1></html>' },
      {
        kind: 'unexpected-response',
        status: 404,
        contentType: 'text/html',
        bodyExcerpt: '<html><h1>Not Found</h1></html>',
      },
    ],
    [
      'HTML 401 from a proxy that wants a login',
      {
        status: 401,
        contentType: 'text/html; charset=utf-8',
        bodyText: '<html>Proxy login</html>',
      },
      {
        kind: 'unexpected-response',
        status: 401,
        contentType: 'text/html; charset=utf-8',
        bodyExcerpt: '<html>Proxy login</html>',
      },
    ],
    [
      'non-JSON 200 (a captive portal)',
      { status: 200, contentType: 'text/html', bodyText: CAPTIVE_PORTAL_HTML },
      {
        kind: 'unexpected-response',
        status: 200,
        contentType: 'text/html',
        bodyExcerpt: CAPTIVE_PORTAL_HTML,
      },
    ],
    [
      '200 with an empty body',
      { status: 200, contentType: JSON_TYPE, bodyText: '' },
      { kind: 'unexpected-response', status: 200, contentType: JSON_TYPE, bodyExcerpt: '' },
    ],
    [
      '200 with broken JSON',
      { status: 200, contentType: JSON_TYPE, bodyText: '{"object":"list","data":[' },
      {
        kind: 'unexpected-response',
        status: 200,
        contentType: JSON_TYPE,
        bodyExcerpt: '{"object":"list","data":[',
      },
    ],
    [
      'the relay could not reach DeepSeek',
      json(
        502,
        { relay: 'deepseek-key-doctor', error: 'upstream-unreachable' },
        { 'x-deepseek-relay': 'upstream-unreachable' },
      ),
      { kind: 'network-blocked', offline: false },
    ],
  ] satisfies [string, HttpAnswer, unknown][])('%s', (_name, answer, expected) => {
    expect(classifyResponse(answer)).toEqual(expected);
  });

  it('reads a 200 JSON body as ok, whatever its content type says', () => {
    expect(classifyResponse(json(200, MODELS_BODY))).toEqual({ kind: 'ok', json: MODELS_BODY });
    expect(
      classifyResponse({
        status: 200,
        contentType: 'text/plain',
        bodyText: JSON.stringify(MODELS_BODY),
      }),
    ).toEqual({
      kind: 'ok',
      json: MODELS_BODY,
    });
  });

  it('cuts a long body to a short excerpt', () => {
    const answer = classifyResponse({
      status: 200,
      contentType: 'text/html',
      bodyText: `<p>${'x'.repeat(5000)}</p>`,
    });
    expect(answer.kind).toBe('unexpected-response');
    if (answer.kind === 'unexpected-response')
      expect(answer.bodyExcerpt.length).toBeLessThanOrEqual(201);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-28T12:00:00Z');
    expect(readRetryAfter('120', now)).toBe(120);
    expect(readRetryAfter('Sat, 28 Nov 2026 12:00:30 GMT', now)).toBe(30);
    expect(readRetryAfter('Sat, 28 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(readRetryAfter('soon', now)).toBeNull();
    expect(readRetryAfter(undefined, now)).toBeNull();
  });
});

describe('readModelList', () => {
  it('returns the ids of a model list', () => {
    expect(readModelList(MODELS_BODY)).toEqual(['deepseek-flash', 'deepseek-v4-pro']);
    expect(readModelList({ object: 'list', data: [] })).toEqual([]);
  });

  it.each([[null], ['<html>'], [{}], [{ data: 'x' }], [{ data: [{ name: 'x' }] }], [[1, 2]]])(
    'returns null for %j',
    (body) => {
      expect(readModelList(body)).toBeNull();
    },
  );
});

describe('readBalance', () => {
  it('keeps amounts as strings', () => {
    expect(readBalance(BALANCE_BODY)).toEqual({
      isAvailable: true,
      infos: [
        {
          currency: 'CNY',
          totalBalance: '110.00',
          grantedBalance: '10.00',
          toppedUpBalance: '100.00',
        },
      ],
    });
  });

  it('returns null when the body is not a balance', () => {
    expect(readBalance({ balance_infos: [] })).toBeNull();
    expect(readBalance('ok')).toBeNull();
  });

  it('leaves out amounts that are not strings or numbers, never “[object Object]”', () => {
    expect(
      readBalance({
        is_available: true,
        balance_infos: [
          { currency: 'CNY', total_balance: { amount: 1 } },
          { currency: 'USD', total_balance: 5, granted_balance: null, topped_up_balance: '5' },
        ],
      }),
    ).toEqual({
      isAvailable: true,
      infos: [{ currency: 'USD', totalBalance: '5', grantedBalance: '', toppedUpBalance: '5' }],
    });
  });
});
