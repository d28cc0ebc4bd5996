// Prints the paste → reading figures: how long `analysePaste` (what "Diagnose" runs) takes to read
// and repair a 500-line Python file and a 500-line TypeScript file once the parser chunk is loaded,
// and to read pasted errors at the reader's limit (ERRORS), median and max of RUNS runs each. A figure, not a gate: it exits 0. Run by `npm run bench:paste`;
// it needs no build: Vite loads the TypeScript sources as the dev server would.
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const RUNS = 51;
const LINES = 500;
const KEY = 'sk-0123456789abcdef0123456789abcdef';

/** A file of `LINES` lines: a client set up the usual way, then ordinary code that uses it. */
function fileOf(head, block) {
  const lines = head.split('\n');
  for (let i = 0; lines.length < LINES; i++) lines.push(...block(i).split('\n'));
  return `${lines.slice(0, LINES).join('\n')}\n`;
}

const PYTHON = fileOf(
  `import os
from dotenv import load_dotenv
from openai import OpenAI

SETTINGS = {"api_key": os.getenv("OPENAI_API_KEY", "${KEY}"), "timeout": 30}
client = OpenAI(**SETTINGS)
`,
  (i) => `
def answer_${i}(question: str, history: list[dict] | None = None) -> str:
    """Asks the model, with the history so far."""
    messages = [*(history or []), {"role": "user", "content": f"{question} ({i})"}]
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    return reply.choices[0].message.content or ""
`,
);

const TYPESCRIPT = fileOf(
  `import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources';

const config = { apiKey: process.env.OPENAI_API_KEY, baseUrl: 'https://api.openai.com/v1' };
const client = new OpenAI({ ...config });
`,
  (i) => `
export async function answer${i}(question: string, history: ChatCompletionMessageParam[] = []): Promise<string> {
  const messages: ChatCompletionMessageParam[] = [...history, { role: 'user', content: \`\${question} (${i})\` }];
  const reply = await client.chat.completions.create({ model: 'gpt-4o-mini', messages });
  return reply.choices[0]?.message.content ?? '';
}
`,
);

/** Pasted errors at the reader's limit: long logs, and inputs that once made it slow. */
const TRACEBACK = `Traceback (most recent call last):
  File "app.py", line 9, in <module>
    client.chat.completions.create(model="deepseek-chat", messages=[])
openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****_KEY is invalid', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}
`;
const ERRORS = [
  [
    'a 200 KB log, then the traceback',
    `${'2026-12-01 10:00:00,123 INFO httpx: HTTP Request: POST https://api.deepseek.com/chat/completions "HTTP/1.1 200 OK"\n'.repeat(1700)}${TRACEBACK}`,
  ],
  ['7,000 unclosed OkHttp responses', 'Response{protocol=h2, code=\n'.repeat(7000)],
  ['one line of 66,000 escaped breaks', 'a\\n'.repeat(66000)],
  ['one 200 KB line of words', 'Authentication failed '.repeat(9000)],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await createServer({
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
});
try {
  const { analysePaste, loadCodeReader } = await server.ssrLoadModule(
    '/src/paste/analyse-paste.ts',
  );
  // The parser chunk, loaded once, as the page loads it on the first paste.
  await loadCodeReader();
  console.log(`paste → reading (analysePaste, ${LINES} lines, chunk loaded; ${RUNS} runs each)`);
  for (const [name, code] of [
    ['Python', PYTHON],
    ['TypeScript', TYPESCRIPT],
  ]) {
    const result = await analysePaste('', code);
    const findings = result.code?.findings.length ?? 0;
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await analysePaste('', code);
      times.push(performance.now() - started);
    }
    const figure = `median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`;
    console.log(`  ${name.padEnd(10)} ${figure} (${findings} findings; target ≤ 100 ms)`);
  }
  console.log(`pasted error → reading (analysePaste, no code; ${RUNS} runs each)`);
  for (const [name, error] of ERRORS) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await analysePaste(error, '');
      times.push(performance.now() - started);
    }
    const figure = `median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`;
    console.log(`  ${name.padEnd(36)} ${figure} (target ≤ 100 ms)`);
  }
} finally {
  await server.close();
}
