import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  BAD_FORMAT_MESSAGE,
  BALANCE_BODY,
  GOOD_KEY,
  MODELS_BODY,
  errorBody,
  invalidKeyMessage,
} from '../mocks/deepseek.ts';

/** What the stand-in saw of one request: enough to assert what a snippet sent. */
export interface SeenRequest {
  method: string;
  /** The path as sent, `/v1` included. */
  path: string;
  /** The path without DeepSeek's optional `/v1`. */
  route: string;
  authorization: string | undefined;
  body: unknown;
  model: string | undefined;
  status: number;
}

export interface DeepSeekStandIn {
  /** `http://127.0.0.1:<port>`: what the tests put where the snippets say https://api.deepseek.com. */
  baseURL: string;
  requests: SeenRequest[];
  close: () => Promise<void>;
}

export const REPLY = 'Hello from the DeepSeek stand-in.';

/** OpenAI's answer to a key it did not issue (a DeepSeek key sent to api.openai.com). */
export function openAIRejection(key: string) {
  return {
    error: {
      message: `Incorrect API key provided: ${key.slice(0, 3)}*************************${key.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_api_key',
    },
  };
}
const MODEL_IDS = MODELS_BODY.data.map((model) => model.id);

function read(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** DeepSeek's authentication, as it answers (SPEC §5): null when the key is accepted. */
function authenticate(authorization: string | undefined) {
  const match = /^Bearer (sk-.*)$/.exec(authorization ?? '');
  if (!match) return errorBody(BAD_FORMAT_MESSAGE);
  const key = match[1]!;
  return key === GOOD_KEY ? null : errorBody(invalidKeyMessage(key));
}

function completion(model: string) {
  return {
    id: 'chatcmpl-stand-in',
    object: 'chat.completion',
    created: 1_764_000_000,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: REPLY },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 5, completion_tokens: 8, total_tokens: 13 },
  };
}

/**
 * A DeepSeek-shaped HTTP server on 127.0.0.1 and a random port: GET /models, GET /user/balance and
 * POST /chat/completions (also under /v1), with DeepSeek's 401, 400 and 404 answers. As 'openai',
 * it stands for api.openai.com instead, and rejects every key the way OpenAI rejects a DeepSeek key.
 */
export async function startDeepSeekStandIn({
  as = 'deepseek',
}: { as?: 'deepseek' | 'openai' } = {}): Promise<DeepSeekStandIn> {
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    void read(request).then((text) => {
      const path = request.url ?? '/';
      const route = path.replace(/^\/v1(?=\/)/, '').replace(/\?.*$/, '');
      let body: unknown = undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      const model =
        body && typeof body === 'object' && 'model' in body ? String(body.model) : undefined;
      const answer = (status: number, payload: unknown) => {
        requests.push({
          method: request.method ?? '',
          path,
          route,
          authorization: request.headers.authorization,
          body,
          model,
          status,
        });
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(payload));
      };
      if (as === 'openai') {
        const key = (request.headers.authorization ?? '').replace(/^Bearer /, '');
        return answer(401, openAIRejection(key));
      }
      const known =
        (request.method === 'GET' && (route === '/models' || route === '/user/balance')) ||
        (request.method === 'POST' && route === '/chat/completions');
      if (!known) return answer(404, { error: { message: 'Not Found', type: 'not_found' } });
      const rejected = authenticate(request.headers.authorization);
      if (rejected) return answer(401, rejected);
      if (route === '/models') return answer(200, MODELS_BODY);
      if (route === '/user/balance') return answer(200, BALANCE_BODY);
      if (!model || !MODEL_IDS.includes(model)) {
        return answer(
          400,
          errorBody(
            `The supported API model names are ${MODEL_IDS.join(' or ')}, but you passed ${model}.`,
            'invalid_request_error',
          ),
        );
      }
      return answer(200, completion(model));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
