import type { CauseId } from './causes.ts';
import { DEEPSEEK_BASE_URL, DEFAULT_MODEL, KEY_ENV_VAR } from './deepseek-facts.ts';

/** The languages the broken/fixed code is shown in. */
export const CODE_LANGUAGES = ['python', 'node'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

export interface CodePair {
  broken: string;
  fixed: string;
}

type Arg = string | readonly [code: string, comment: string];

const arg = (a: Arg, comment: string) =>
  typeof a === 'string' ? `${a},` : `${a[0]}, ${comment} ${a[1]}`;

/** How a program builds its client and makes one call: the parts the four causes change. */
interface Program {
  imports: string[];
  /** Lines before the client: reading and checking the key. */
  prelude: string[];
  /** A comment on the line above the client. */
  note?: string;
  /** The client's arguments, each with an optional trailing comment; none builds a bare client. */
  clientArgs: Arg[];
  /** Wrap the call in a handler for a rejected key. */
  catchAuth: boolean;
}

const PY_KEY = `os.environ["${KEY_ENV_VAR}"]`;
const JS_KEY = `process.env.${KEY_ENV_VAR}`;
const ELIDED_KEY = 'sk-4f1e0c9b2a7d…';
const TYPED_BY_HAND = 'typed by hand: a character lost, a space added';
const SINCE_DELETED = 'a key deleted on the platform since';
const NEW_KEY_URL = 'https://platform.deepseek.com/api_keys';

function python(p: Program, model: string): string {
  const call = [
    'response = client.chat.completions.create(',
    `    model="${model}",`,
    '    messages=[{"role": "user", "content": "Hello"}],',
    ')',
    'print(response.choices[0].message.content)',
  ];
  const body = p.catchAuth
    ? [
        'try:',
        ...call.map((line) => `    ${line}`),
        'except AuthenticationError:',
        `    sys.exit("DeepSeek rejected the key: create a new one at ${NEW_KEY_URL}")`,
      ]
    : call;
  const client = p.clientArgs.length
    ? ['client = OpenAI(', ...p.clientArgs.map((a) => `    ${arg(a, ' #')}`), ')']
    : ['client = OpenAI()'];
  const note = p.note ? [`# ${p.note}`] : [];
  const stdlib = p.imports.filter((name) => !name.startsWith('from '));
  const openai = p.imports.filter((name) => name.startsWith('from '));
  const head = [...stdlib, ...(stdlib.length ? [''] : []), ...openai];
  return [
    ...head,
    '',
    ...p.prelude,
    ...(p.prelude.length ? [''] : []),
    ...note,
    ...client,
    '',
    ...body,
  ]
    .join('\n')
    .concat('\n');
}

function node(p: Program, model: string): string {
  const call = [
    'const response = await client.chat.completions.create({',
    `  model: '${model}',`,
    "  messages: [{ role: 'user', content: 'Hello' }],",
    '});',
    'console.log(response.choices[0]?.message.content);',
  ];
  const body = p.catchAuth
    ? [
        'try {',
        ...call.map((line) => `  ${line}`),
        '} catch (error) {',
        '  if (error instanceof OpenAI.AuthenticationError) {',
        `    throw new Error('DeepSeek rejected the key: create a new one at ${NEW_KEY_URL}');`,
        '  }',
        '  throw error;',
        '}',
      ]
    : call;
  const client = p.clientArgs.length
    ? ['const client = new OpenAI({', ...p.clientArgs.map((a) => `  ${arg(a, '//')}`), '});']
    : ['const client = new OpenAI();'];
  const note = p.note ? [`// ${p.note}`] : [];
  return [
    ...p.imports,
    '',
    ...p.prelude,
    ...(p.prelude.length ? [''] : []),
    ...note,
    ...client,
    '',
    ...body,
  ]
    .join('\n')
    .concat('\n');
}

const PY_BASE = `base_url="${DEEPSEEK_BASE_URL}"`;
const JS_BASE = `baseURL: '${DEEPSEEK_BASE_URL}'`;
const PY_IMPORT = 'from openai import OpenAI';
const JS_IMPORT = "import OpenAI from 'openai';";

/** Fails fast when the variable is missing or empty in this process (cause 1). */
const PY_REQUIRE_KEY = [
  `api_key = os.environ.get("${KEY_ENV_VAR}")`,
  'if not api_key:',
  `    sys.exit("${KEY_ENV_VAR} is not set in this process: set it, then run again.")`,
];
const JS_REQUIRE_KEY = [
  `const apiKey = ${JS_KEY};`,
  'if (!apiKey) {',
  `  throw new Error('${KEY_ENV_VAR} is not set in this process: set it, then run again.');`,
  '}',
];

const PROGRAMS: Record<CodeLanguage, Record<CauseId, { broken: Program; fixed: Program }>> = {
  python: {
    'not-set': {
      broken: {
        imports: ['import os', PY_IMPORT],
        prelude: [],
        clientArgs: [
          [`api_key=os.getenv("${KEY_ENV_VAR}", "")`, '"" when unset: DeepSeek answers 401'],
          PY_BASE,
        ],
        catchAuth: false,
      },
      fixed: {
        imports: ['import os', 'import sys', PY_IMPORT],
        prelude: PY_REQUIRE_KEY,
        clientArgs: ['api_key=api_key', PY_BASE],
        catchAuth: false,
      },
    },
    mistyped: {
      broken: {
        imports: [PY_IMPORT],
        prelude: [],
        clientArgs: [[`api_key="${ELIDED_KEY} "`, TYPED_BY_HAND], PY_BASE],
        catchAuth: false,
      },
      fixed: {
        imports: ['import os', 'import re', 'import sys', PY_IMPORT],
        prelude: [
          '# Drop the spaces and quotes that a copy or a .env line can add.',
          `api_key = ${PY_KEY}.strip().strip("\\"'")`,
          'if not re.fullmatch(r"sk-[0-9a-f]{32}", api_key):',
          `    sys.exit(f"${KEY_ENV_VAR} has {len(api_key)} characters, not sk- and 32 hex: copy it again.")`,
        ],
        clientArgs: ['api_key=api_key', PY_BASE],
        catchAuth: false,
      },
    },
    revoked: {
      broken: {
        imports: ['import os', PY_IMPORT],
        prelude: [],
        clientArgs: [[`api_key=${PY_KEY}`, SINCE_DELETED], PY_BASE],
        catchAuth: false,
      },
      fixed: {
        imports: ['import os', 'import sys', 'from openai import AuthenticationError, OpenAI'],
        prelude: [],
        clientArgs: [`api_key=${PY_KEY}`, PY_BASE],
        catchAuth: true,
      },
    },
    'not-passed': {
      broken: {
        imports: [PY_IMPORT],
        prelude: [],
        note: 'No api_key, no base_url: the SDK reads OPENAI_API_KEY and calls OpenAI.',
        clientArgs: [],
        catchAuth: false,
      },
      fixed: {
        imports: ['import os', PY_IMPORT],
        prelude: [],
        clientArgs: [`api_key=${PY_KEY}`, PY_BASE],
        catchAuth: false,
      },
    },
  },
  node: {
    'not-set': {
      broken: {
        imports: [JS_IMPORT],
        prelude: [],
        clientArgs: [
          [`apiKey: ${JS_KEY}`, 'undefined when unset: the SDK falls back to OPENAI_API_KEY'],
          JS_BASE,
        ],
        catchAuth: false,
      },
      fixed: {
        imports: [JS_IMPORT],
        prelude: JS_REQUIRE_KEY,
        clientArgs: ['apiKey', JS_BASE],
        catchAuth: false,
      },
    },
    mistyped: {
      broken: {
        imports: [JS_IMPORT],
        prelude: [],
        clientArgs: [[`apiKey: '${ELIDED_KEY} '`, TYPED_BY_HAND], JS_BASE],
        catchAuth: false,
      },
      fixed: {
        imports: [JS_IMPORT],
        prelude: [
          '// Drop the spaces and quotes that a copy or a .env line can add.',
          `const apiKey = (${JS_KEY} ?? '').trim().replace(/^["']|["']$/g, '');`,
          'if (!/^sk-[0-9a-f]{32}$/.test(apiKey)) {',
          `  throw new Error(\`${KEY_ENV_VAR} has \${apiKey.length} characters, not sk- and 32 hex: copy it again.\`);`,
          '}',
        ],
        clientArgs: ['apiKey', JS_BASE],
        catchAuth: false,
      },
    },
    revoked: {
      broken: {
        imports: [JS_IMPORT],
        prelude: JS_REQUIRE_KEY,
        clientArgs: [['apiKey', SINCE_DELETED], JS_BASE],
        catchAuth: false,
      },
      fixed: {
        imports: [JS_IMPORT],
        prelude: JS_REQUIRE_KEY,
        clientArgs: ['apiKey', JS_BASE],
        catchAuth: true,
      },
    },
    'not-passed': {
      broken: {
        imports: [JS_IMPORT],
        prelude: [],
        note: 'No apiKey, no baseURL: the SDK reads OPENAI_API_KEY and calls OpenAI.',
        clientArgs: [],
        catchAuth: false,
      },
      fixed: {
        imports: [JS_IMPORT],
        prelude: JS_REQUIRE_KEY,
        clientArgs: ['apiKey', JS_BASE],
        catchAuth: false,
      },
    },
  },
};

const RENDER: Record<CodeLanguage, (p: Program, model: string) => string> = { python, node };

/**
 * The broken code typical of a cause and the same program fixed. The fixed side reads the key
 * from DEEPSEEK_API_KEY, sends it to DeepSeek's base URL and names a current model.
 */
export function causeCode(
  cause: CauseId,
  language: CodeLanguage,
  model: string = DEFAULT_MODEL,
): CodePair {
  const pair = PROGRAMS[language][cause];
  const render = RENDER[language];
  return { broken: render(pair.broken, model), fixed: render(pair.fixed, model) };
}
