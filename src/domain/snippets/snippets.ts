import type { CauseId } from '../causes.ts';
import { DEEPSEEK_BASE_URL, DEFAULT_MODEL, KEY_ENV_VAR } from '../deepseek-facts.ts';
import {
  CLEAN_NOTE,
  ELIDED_KEY,
  HTTP_LANGUAGES,
  NOT_SET,
  OPENAI_CHAT_URL,
  REJECTED,
  TYPED_BY_HAND,
  httpCode,
  type HttpLanguage,
} from './http-languages.ts';

/**
 * The stacks the broken/fixed code is shown in: the `openai` SDK in Python and in Node.js
 * (ESM, top-level await), curl in bash/zsh, PowerShell's Invoke-RestMethod, LangChain and LiteLLM
 * (both Python); Java, Go, C#, PHP and Rust with their usual HTTP clients (http-languages.ts).
 */
export const CODE_LANGUAGES = [
  'python',
  'node',
  'curl',
  'powershell',
  'langchain',
  'litellm',
  ...HTTP_LANGUAGES,
] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/**
 * The install command each language's snippet needs; curl, PowerShell, Java, Go, C# and PHP need
 * none beyond the runtime (the i18n text `code.needs.<language>` names it).
 */
export const CODE_INSTALL: Readonly<Partial<Record<CodeLanguage, string>>> = {
  python: 'pip install openai',
  node: 'npm install openai',
  langchain: 'pip install langchain-openai  # or, for ChatDeepSeek: pip install langchain-deepseek',
  litellm: 'pip install litellm',
  rust: 'cargo add reqwest --features blocking,json && cargo add serde_json',
};

export interface CodePair {
  broken: string;
  fixed: string;
}

type Arg = string | readonly [code: string, comment: string];

const arg = (a: Arg, comment: string) =>
  typeof a === 'string' ? `${a},` : `${a[0]}, ${comment} ${a[1]}`;

const K = KEY_ENV_VAR;
const BASE = DEEPSEEK_BASE_URL;
const CHAT_URL = `${BASE}/chat/completions`;
const PY_KEY = `os.environ["${K}"]`;
const JS_KEY = `process.env.${K}`;
const SINCE_DELETED = `${K} still holds a key that has since been deleted on the platform`;
const FROM_OPENAI_EXAMPLE = `Copied from an OpenAI example: ${K} goes to OpenAI, which answers 401 "Incorrect API key provided".`;
const NOT_SET_SHELL = `${K} is not set in this shell: set it, then run again.`;
const NOT_SET_SESSION = `${K} is not set in this session: set it, then run again.`;

const lines = (...parts: readonly (string | false | readonly string[])[]) =>
  parts
    .flatMap((part) => (part === false ? [] : typeof part === 'string' ? [part] : part))
    .join('\n')
    .concat('\n');

// ---------------------------------------------------------------------------------------------
// Python: the openai SDK, LangChain and LiteLLM share one shape of program.

/** How a Python program builds its client and makes one call: the parts the four causes change. */
interface PyProgram {
  stdlib: string[];
  packages: string[];
  /** Lines before the client: reading and checking the key. */
  prelude: string[];
  /** A comment on the line above the client (or the call, when there is no client). */
  note?: string;
  /** The client's arguments, each with an optional trailing comment; none builds a bare client. */
  clientArgs: Arg[];
  /** Wrap the call in a handler for a rejected key. */
  catchAuth: boolean;
}

interface PyFlavour {
  /** `client = OpenAI`, or null when the call takes the arguments itself (LiteLLM). */
  construct: string | null;
  call: (model: string, args: readonly Arg[]) => string[];
  /** The exception a rejected key raises, as the code names it. */
  authError: string;
}

function renderPython(flavour: PyFlavour, p: PyProgram, model: string): string {
  const call = flavour.call(model, p.clientArgs);
  const body = p.catchAuth
    ? [
        'try:',
        ...call.map((line) => `    ${line}`),
        `except ${flavour.authError}:`,
        `    sys.exit("${REJECTED}")`,
      ]
    : call;
  const client =
    flavour.construct === null
      ? []
      : p.clientArgs.length
        ? [`${flavour.construct}(`, ...p.clientArgs.map((a) => `    ${arg(a, ' #')}`), ')']
        : [`${flavour.construct}()`];
  const note = p.note ? [`# ${p.note}`] : [];
  return lines(
    p.stdlib,
    p.stdlib.length > 0 && '',
    p.packages,
    '',
    p.prelude,
    p.prelude.length > 0 && '',
    note,
    client,
    client.length > 0 && '',
    body,
  );
}

const OPENAI_PY: PyFlavour = {
  construct: 'client = OpenAI',
  call: (model) => [
    'response = client.chat.completions.create(',
    `    model="${model}",`,
    '    messages=[{"role": "user", "content": "Hello"}],',
    ')',
    'print(response.choices[0].message.content)',
  ],
  authError: 'AuthenticationError',
};

/** Ends the fixed LangChain code, for langchain-deepseek users: ChatDeepSeek reads the variable. */
const CHAT_DEEPSEEK = (model: string) => [
  '',
  `# With langchain-deepseek, ChatDeepSeek reads ${K} and calls DeepSeek by itself:`,
  '#   from langchain_deepseek import ChatDeepSeek',
  `#   llm = ChatDeepSeek(model="${model}")`,
];

/**
 * LangChain through `langchain_openai.ChatOpenAI` with DeepSeek's base_url: the usual broken code
 * is a bare ChatOpenAI, so the fix is two arguments on the same class; it runs on the same `openai`
 * SDK (same AuthenticationError) and the key and base URL are visible in the code.
 * `langchain_deepseek.ChatDeepSeek` (a comment in the fixed code) is the choice when the reasoning
 * text (`reasoning_content`) must be kept.
 */
const LANGCHAIN: PyFlavour = {
  construct: 'llm = ChatOpenAI',
  call: () => ['print(llm.invoke("Hello").content)'],
  authError: 'AuthenticationError',
};

const LITELLM: PyFlavour = {
  construct: null,
  call: (_model, args) => [
    'response = litellm.completion(',
    ...args.map((a) => `    ${arg(a, ' #')}`),
    ')',
    'print(response.choices[0].message.content)',
  ],
  authError: 'litellm.AuthenticationError',
};

const PY_BASE = `base_url="${BASE}"`;
const PY_IMPORT = 'from openai import OpenAI';
const PY_IMPORT_AUTH = 'from openai import AuthenticationError, OpenAI';
const LC_IMPORT = 'from langchain_openai import ChatOpenAI';

/** Fails fast when the variable is missing or empty in this process (cause 1). */
const PY_REQUIRE_KEY = [
  `api_key = os.environ.get("${K}")`,
  'if not api_key:',
  `    sys.exit("${NOT_SET}")`,
];
const PY_CLEAN_KEY = [
  `# ${CLEAN_NOTE}`,
  `api_key = os.environ.get("${K}", "").strip().strip("\\"'")`,
  'if not re.fullmatch(r"sk-[0-9a-f]{32}", api_key):',
  `    sys.exit(f"${K} has {len(api_key)} characters, not sk- and 32 hex: copy it again.")`,
];

const pyPrograms = (
  modelArg: (model: string) => Arg[],
  extra: { packages: string[]; authPackages: string[]; base: string; bareNote: string },
  model: string,
): Record<CauseId, { broken: PyProgram; fixed: PyProgram }> => {
  const m = modelArg(model);
  const plain = (p: Partial<PyProgram>): PyProgram => ({
    stdlib: ['import os'],
    packages: extra.packages,
    prelude: [],
    clientArgs: [],
    catchAuth: false,
    ...p,
  });
  return {
    'not-set': {
      broken: plain({
        clientArgs: [
          ...m,
          [`api_key=os.getenv("${K}")`, 'None when unset: the SDK falls back to OPENAI_API_KEY'],
          extra.base,
        ],
      }),
      fixed: plain({
        stdlib: ['import os', 'import sys'],
        prelude: PY_REQUIRE_KEY,
        clientArgs: [...m, 'api_key=api_key', extra.base],
      }),
    },
    mistyped: {
      broken: plain({
        stdlib: [],
        clientArgs: [...m, [`api_key="${ELIDED_KEY} "`, TYPED_BY_HAND], extra.base],
      }),
      fixed: plain({
        stdlib: ['import os', 'import re', 'import sys'],
        prelude: PY_CLEAN_KEY,
        clientArgs: [...m, 'api_key=api_key', extra.base],
      }),
    },
    revoked: {
      broken: plain({ clientArgs: [...m, [`api_key=${PY_KEY}`, SINCE_DELETED], extra.base] }),
      fixed: plain({
        stdlib: ['import os', 'import sys'],
        packages: extra.authPackages,
        clientArgs: [...m, `api_key=${PY_KEY}`, extra.base],
        catchAuth: true,
      }),
    },
    'not-passed': {
      broken: plain({ stdlib: [], note: extra.bareNote, clientArgs: m }),
      fixed: plain({ clientArgs: [...m, `api_key=${PY_KEY}`, extra.base] }),
    },
  };
};

function pythonCode(cause: CauseId, model: string): CodePair {
  const pair = pyPrograms(
    () => [],
    {
      packages: [PY_IMPORT],
      authPackages: [PY_IMPORT_AUTH],
      base: PY_BASE,
      bareNote: `No api_key, no base_url: the SDK reads OPENAI_API_KEY, not ${K}, and calls OpenAI.`,
    },
    model,
  )[cause];
  return {
    broken: renderPython(OPENAI_PY, pair.broken, model),
    fixed: renderPython(OPENAI_PY, pair.fixed, model),
  };
}

function langchainCode(cause: CauseId, model: string): CodePair {
  const pair = pyPrograms(
    (m) => [`model="${m}"`],
    {
      packages: [LC_IMPORT],
      authPackages: [
        'from langchain_openai import ChatOpenAI',
        'from openai import AuthenticationError',
      ],
      base: PY_BASE,
      bareNote: `No api_key, no base_url: ChatOpenAI reads OPENAI_API_KEY, not ${K}, and calls OpenAI.`,
    },
    model,
  )[cause];
  // ChatOpenAI is built on the openai SDK: a rejected key raises openai.AuthenticationError.
  const sorted = (p: PyProgram): PyProgram => ({ ...p, packages: [...p.packages].sort() });
  return {
    broken: renderPython(LANGCHAIN, sorted(pair.broken), model),
    fixed: lines(
      renderPython(LANGCHAIN, sorted(pair.fixed), model).trimEnd(),
      CHAT_DEEPSEEK(model),
    ),
  };
}

const LITELLM_MESSAGES = 'messages=[{"role": "user", "content": "Hello"}]';

function litellmCode(cause: CauseId, model: string): CodePair {
  const pair = pyPrograms(
    (m) => [`model="deepseek/${m}"`, LITELLM_MESSAGES],
    {
      packages: ['import litellm'],
      authPackages: ['import litellm'],
      // LiteLLM's own default for deepseek/ is another path of the same host: name it.
      base: `api_base="${BASE}"`,
      bareNote: '',
    },
    model,
  )[cause];
  if (cause === 'not-passed') {
    pair.broken = {
      ...pair.broken,
      note: `"openai/" instead of "deepseek/": LiteLLM sends OPENAI_API_KEY, not ${K}, to OpenAI.`,
      clientArgs: [`model="openai/${model}"`, LITELLM_MESSAGES],
    };
  }
  if (cause === 'not-set') {
    pair.broken = {
      ...pair.broken,
      note: `LiteLLM reads ${K} itself: unset in this process, the call fails with 401.`,
      clientArgs: [`model="deepseek/${model}"`, LITELLM_MESSAGES],
      stdlib: [],
    };
  }
  return {
    broken: renderPython(LITELLM, pair.broken, model),
    fixed: renderPython(LITELLM, pair.fixed, model),
  };
}

// ---------------------------------------------------------------------------------------------
// Node.js: the openai SDK as an ES module with top-level await.

interface NodeProgram {
  prelude: string[];
  note?: string;
  clientArgs: Arg[];
  catchAuth: boolean;
}

function renderNode(p: NodeProgram, model: string): string {
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
        `    throw new Error('${REJECTED}');`,
        '  }',
        '  throw error;',
        '}',
      ]
    : call;
  const client = p.clientArgs.length
    ? ['const client = new OpenAI({', ...p.clientArgs.map((a) => `  ${arg(a, '//')}`), '});']
    : ['const client = new OpenAI();'];
  return lines(
    "import OpenAI from 'openai';",
    '',
    p.prelude,
    p.prelude.length > 0 && '',
    p.note ? `// ${p.note}` : false,
    client,
    '',
    body,
  );
}

const JS_BASE = `baseURL: '${BASE}'`;
const JS_REQUIRE_KEY = [
  `const apiKey = ${JS_KEY};`,
  'if (!apiKey) {',
  `  throw new Error('${NOT_SET}');`,
  '}',
];

const NODE_PROGRAMS: Record<CauseId, { broken: NodeProgram; fixed: NodeProgram }> = {
  'not-set': {
    broken: {
      prelude: [],
      clientArgs: [
        [`apiKey: ${JS_KEY}`, 'undefined when unset: the SDK falls back to OPENAI_API_KEY'],
        JS_BASE,
      ],
      catchAuth: false,
    },
    fixed: { prelude: JS_REQUIRE_KEY, clientArgs: ['apiKey', JS_BASE], catchAuth: false },
  },
  mistyped: {
    broken: {
      prelude: [],
      clientArgs: [[`apiKey: '${ELIDED_KEY} '`, TYPED_BY_HAND], JS_BASE],
      catchAuth: false,
    },
    fixed: {
      prelude: [
        `// ${CLEAN_NOTE}`,
        `const apiKey = (${JS_KEY} ?? '').trim().replace(/^["']|["']$/g, '');`,
        'if (!/^sk-[0-9a-f]{32}$/.test(apiKey)) {',
        `  throw new Error(\`${K} has \${apiKey.length} characters, not sk- and 32 hex: copy it again.\`);`,
        '}',
      ],
      clientArgs: ['apiKey', JS_BASE],
      catchAuth: false,
    },
  },
  revoked: {
    broken: {
      prelude: JS_REQUIRE_KEY,
      clientArgs: [['apiKey', SINCE_DELETED], JS_BASE],
      catchAuth: false,
    },
    fixed: { prelude: JS_REQUIRE_KEY, clientArgs: ['apiKey', JS_BASE], catchAuth: true },
  },
  'not-passed': {
    broken: {
      prelude: [],
      note: `No apiKey, no baseURL: the SDK reads OPENAI_API_KEY, not ${K}, and calls OpenAI.`,
      clientArgs: [],
      catchAuth: false,
    },
    fixed: { prelude: JS_REQUIRE_KEY, clientArgs: ['apiKey', JS_BASE], catchAuth: false },
  },
};

function nodeCode(cause: CauseId, model: string): CodePair {
  const pair = NODE_PROGRAMS[cause];
  return { broken: renderNode(pair.broken, model), fixed: renderNode(pair.fixed, model) };
}

// ---------------------------------------------------------------------------------------------
// curl, for bash and zsh. `false` (not `exit`) ends a failed branch: pasted into a terminal it
// does not close the window, and as a script it still exits non-zero.

const curlBody = (model: string) =>
  `-d '{"model": "${model}", "messages": [{"role": "user", "content": "Hello"}]}'`;

function curlCall(
  model: string,
  auth: string,
  flags: string,
  indent = '',
  url = CHAT_URL,
): string[] {
  return [
    `curl ${flags}${url} \\`,
    '  -H "Content-Type: application/json" \\',
    `  -H "${auth}" \\`,
    `  ${curlBody(model)}`,
  ].map((line) => indent + line);
}

const BEARER = `Authorization: Bearer $${K}`;

function curlCode(cause: CauseId, model: string): CodePair {
  const good = (indent = '') => curlCall(model, BEARER, '-sS --fail-with-body ', indent);
  switch (cause) {
    case 'not-set':
      return {
        broken: lines(
          `# ${K} was exported in another terminal: empty here, so DeepSeek answers 401.`,
          curlCall(model, BEARER, ''),
        ),
        fixed: lines(
          `if [ -z "$${K}" ]; then`,
          `  echo "${NOT_SET_SHELL}" >&2`,
          '  false',
          'else',
          good('  '),
          'fi',
        ),
      };
    case 'mistyped':
      return {
        broken: lines(
          `# The key ${TYPED_BY_HAND}.`,
          curlCall(model, `Authorization: Bearer ${ELIDED_KEY} `, ''),
        ),
        fixed: lines(
          `# ${CLEAN_NOTE}`,
          `key=$(printf '%s' "$${K}" | tr -d "[:space:]\\"'")`,
          'if [[ ! "$key" =~ ^sk-[0-9a-f]{32}$ ]]; then',
          `  echo "${K} has \${#key} characters, not sk- and 32 hex: copy it again." >&2`,
          '  false',
          'else',
          curlCall(model, 'Authorization: Bearer $key', '-sS --fail-with-body ', '  '),
          'fi',
        ),
      };
    case 'revoked':
      return {
        broken: lines(
          `# -s hides the failure and curl exits 0: a 401 for a key deleted since ${K} was set goes unnoticed.`,
          curlCall(model, BEARER, '-s '),
        ),
        fixed: lines(
          '# -w adds the HTTP status on a line of its own, so a rejected key can be told apart.',
          `response=$(curl -sS -w '\\n%{http_code}' ${CHAT_URL} \\`,
          '  -H "Content-Type: application/json" \\',
          `  -H "${BEARER}" \\`,
          `  ${curlBody(model)})`,
          "status=${response##*$'\\n'}",
          'if [ "$status" = 401 ]; then',
          `  echo "${REJECTED}" >&2`,
          '  false',
          'else',
          `  printf '%s\\n' "\${response%$'\\n'*}"`,
          '  [ "$status" = 200 ]',
          'fi',
        ),
      };
    case 'not-passed':
      return {
        broken: lines(`# ${FROM_OPENAI_EXAMPLE}`, curlCall(model, BEARER, '', '', OPENAI_CHAT_URL)),
        fixed: lines(good()),
      };
  }
}

// ---------------------------------------------------------------------------------------------
// PowerShell: Invoke-RestMethod, in Windows PowerShell 5.1 and PowerShell 7 alike.

function psRequest(model: string, auth: string, url = CHAT_URL): string[] {
  return [
    '$request = @{',
    "  Method = 'Post'",
    `  Uri = '${url}'`,
    `  Headers = @{ Authorization = ${auth} }`,
    "  ContentType = 'application/json'",
    `  Body = @{ model = '${model}'; messages = @(@{ role = 'user'; content = 'Hello' }) } | ConvertTo-Json -Depth 5`,
    '}',
  ];
}

const PS_BEARER = `"Bearer $env:${K}"`;
const PS_CALL = ['$response = Invoke-RestMethod @request', '$response.choices[0].message.content'];
const PS_REQUIRE_KEY = [`if (-not $env:${K}) {`, `  throw '${NOT_SET_SESSION}'`, '}'];

function powershellCode(cause: CauseId, model: string): CodePair {
  const plain = (auth = PS_BEARER) => [...psRequest(model, auth), ...PS_CALL];
  switch (cause) {
    case 'not-set':
      return {
        broken: lines(
          `# $env:${K} was set in another window: empty here, so DeepSeek answers 401.`,
          plain(),
        ),
        fixed: lines(PS_REQUIRE_KEY, plain()),
      };
    case 'mistyped':
      return {
        broken: lines(`# The key ${TYPED_BY_HAND}.`, plain(`'Bearer ${ELIDED_KEY} '`)),
        fixed: lines(
          `# ${CLEAN_NOTE}`,
          `$key = "$env:${K}".Trim().Trim([char[]]'"''')`,
          "if ($key -cnotmatch '^sk-[0-9a-f]{32}$') {",
          `  throw "${K} has $($key.Length) characters, not sk- and 32 hex: copy it again."`,
          '}',
          plain('"Bearer $key"'),
        ),
      };
    case 'revoked':
      return {
        broken: lines(`# ${SINCE_DELETED}.`, plain()),
        fixed: lines(
          psRequest(model, PS_BEARER),
          'try {',
          '  $response = Invoke-RestMethod @request',
          '} catch {',
          '  if ([int]$_.Exception.Response.StatusCode -eq 401) {',
          `    throw '${REJECTED}'`,
          '  }',
          '  throw',
          '}',
          '$response.choices[0].message.content',
        ),
      };
    case 'not-passed':
      return {
        broken: lines(
          `# ${FROM_OPENAI_EXAMPLE}`,
          psRequest(model, PS_BEARER, OPENAI_CHAT_URL),
          PS_CALL,
        ),
        fixed: lines(PS_REQUIRE_KEY, plain()),
      };
  }
}

const RENDER: Record<CodeLanguage, (cause: CauseId, model: string) => CodePair> = {
  python: pythonCode,
  node: nodeCode,
  curl: curlCode,
  powershell: powershellCode,
  langchain: langchainCode,
  litellm: litellmCode,
  ...(Object.fromEntries(
    HTTP_LANGUAGES.map((language) => [
      language,
      (cause: CauseId, model: string) => httpCode(cause, language, model),
    ]),
  ) as Record<HttpLanguage, (cause: CauseId, model: string) => CodePair>),
};

/**
 * The broken code typical of a cause and the same program fixed. The fixed side reads the key
 * from DEEPSEEK_API_KEY, sends it to DeepSeek's base URL and names `model` (a current model).
 * No snippet ever holds a key: there is no parameter to pass one.
 */
export function causeCode(
  cause: CauseId,
  language: CodeLanguage,
  model: string = DEFAULT_MODEL,
): CodePair {
  return RENDER[language](cause, model);
}
