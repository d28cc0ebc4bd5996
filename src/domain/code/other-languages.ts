import type { HttpLanguage } from '../snippets/http-languages.ts';
import type { CodeEdit, CodeFinding } from './findings.ts';
import { hardCodedKeyVars } from './secrets.ts';

/**
 * Java, Go, C#, PHP and Rust, pasted: read for what decides a 401 (where the key comes from,
 * where the request goes). Only a key written in the code is rewritten, into a read of the
 * variable (no key leaves the page, SPEC §4); the page's own examples in those languages
 * (snippets/http-languages.ts) show the working code.
 */
export interface OtherLanguageReading {
  language: HttpLanguage;
  findings: Omit<CodeFinding, 'severity'>[];
  edits: CodeEdit[];
}

interface Shape {
  language: HttpLanguage;
  /** Lines only this language has. */
  sign: RegExp;
  /** An environment read; group 1 is the variable's name. */
  envRead: RegExp;
  /**
   * An OpenAI-compatible SDK client, which sends to api.openai.com unless told otherwise, and the
   * option that tells it (the SDKs' READMEs: openai-java, sashabaranov/go-openai, openai-dotnet,
   * openai-php/client, async-openai).
   */
  sdkClient: RegExp;
  baseUrlOption: string;
  /** The expression that reads a variable, for a key written in the code. */
  read: (name: string) => string;
}

/** In this order: the first whose sign (lines no Python or JS/TS has) names the language. */
const SHAPES: readonly Shape[] = [
  {
    language: 'php',
    sign: /<\?php|\$_(?:ENV|SERVER)\[|\bcurl_setopt\(|\$\w+->\w+/,
    envRead: /(?:getenv\(\s*|\$_(?:ENV|SERVER)\[\s*)['"]([^'"\n]+)['"]/g,
    sdkClient: /\bOpenAI::(?:client|factory)\(/,
    baseUrlOption: '->withBaseUri()',
    read: (name) => `getenv('${name}')`,
  },
  {
    language: 'go',
    sign: /^\s*package\s+\w+\s*$|\bos\.(?:Getenv|LookupEnv)\(|^\s*func\s+\w*\s*\(/m,
    envRead: /\bos\.(?:Getenv|LookupEnv)\(\s*"([^"\n]+)"\s*\)/g,
    sdkClient: /\bopenai\.(?:NewClient|DefaultConfig)\(/,
    baseUrlOption: 'config.BaseURL',
    read: (name) => `os.Getenv("${name}")`,
  },
  {
    language: 'rust',
    sign: /\bfn\s+main\s*\(|\benv::var\(|\blet\s+mut\s|^\s*use\s+\w+(?:::[\w{}, *]+)+;\s*$/m,
    envRead: /\benv::var\(\s*"([^"\n]+)"\s*\)/g,
    // async-openai's client; reqwest's Client::new() is an HTTP client, which takes the full URL.
    sdkClient: /(?<=\basync_openai\b[\s\S]*)\bClient::(?:new|with_config)\(/,
    baseUrlOption: 'OpenAIConfig::new().with_api_base()',
    read: (name) => `&std::env::var("${name}").expect("${name} is not set")`,
  },
  {
    language: 'csharp',
    sign: /^\s*using\s+(?:System|OpenAI)\b|\bEnvironment\.GetEnvironmentVariable\(/m,
    envRead: /\bEnvironment\.GetEnvironmentVariable\(\s*"([^"\n]+)"/g,
    // `new ChatClient(…)`, or C# 9's target-typed `ChatClient client = new(…)`.
    sdkClient:
      /\bnew\s+(?:OpenAIClient|ChatClient)\s*\(|\b(?:OpenAIClient|ChatClient)\s+\w+\s*=\s*new\s*\(/,
    baseUrlOption: 'OpenAIClientOptions.Endpoint',
    read: (name) => `Environment.GetEnvironmentVariable("${name}")`,
  },
  {
    language: 'java',
    sign: /\b(?:public|final)\s+class\s+\w|\bSystem\.getenv\(|^\s*import\s+(?:java|javax|okhttp3|com\.openai)\./m,
    envRead: /\bSystem\.getenv\(\s*"([^"\n]+)"\s*\)/g,
    sdkClient: /\bOpenAIOkHttpClient\.builder\(\)|\bOpenAIOkHttpClient\.fromEnv\(\)/,
    baseUrlOption: '.baseUrl()',
    read: (name) => `System.getenv("${name}")`,
  },
];

const URL_IN_CODE = /https?:\/\/[^\s"'`)<>\\]+/g;
/** A key in quotes; group 2 is the key. */
const KEY_LITERAL = /(["'])(sk-[A-Za-z0-9_-]{16,})\1/g;
const KEYISH = /KEY|TOKEN|SECRET/i;
/** The header set by name and value, or written as a header line in a string. */
const AUTHORIZATION_SET = /["']Authorization["']\s*[,=:]|["']Authorization:\s/g;

/** The language of pasted code that is neither Python nor JS/TS, with what it shows; else null. */
export function readOtherLanguage(code: string, keyVariable: string): OtherLanguageReading | null {
  const shape = SHAPES.find((s) => s.sign.test(code));
  if (!shape) return null;
  const findings: OtherLanguageReading['findings'] = [];
  const lineOf = (index: number) => code.slice(0, index).split('\n').length;
  for (const read of code.matchAll(shape.envRead)) {
    const name = read[1]!;
    if (name !== keyVariable && KEYISH.test(name)) {
      findings.push({
        code: 'env-var-name',
        line: lineOf(read.index),
        vars: { read: name, expected: keyVariable },
      });
    }
  }
  const client = shape.sdkClient.exec(code);
  let toDeepSeek = false;
  for (const found of code.matchAll(URL_IN_CODE)) {
    const url = found[0].replace(/[.,;]+$/, '');
    const host = hostOf(url);
    if (/(^|\.)deepseek\.com$/.test(host)) {
      toDeepSeek = true;
      // An SDK adds /chat/completions to its base URL itself (go-openai's config.BaseURL…);
      // a request the code builds itself needs the whole path.
      if (client && /\/chat\/completions\b/.test(url)) {
        findings.push({ code: 'base-url-path', line: lineOf(found.index), vars: { url } });
      }
    } else if (host === 'api.openai.com') {
      findings.push({ code: 'foreign-base-url', line: lineOf(found.index), vars: { url } });
    }
  }
  // An Authorization header the code sets itself, with the bare key: Java's
  // .addHeader("Authorization", key), Go's Header.Set, C#'s Headers.Add, PHP's
  // 'Authorization: ' . $key. DeepSeek answers "auth header format should be Bearer sk-...".
  // Only where "Bearer" is nowhere in the code: it may be in a variable built on another line.
  if (!/bearer/i.test(code)) {
    for (const header of code.matchAll(AUTHORIZATION_SET)) {
      findings.push({ code: 'auth-header-no-bearer', line: lineOf(header.index), vars: {} });
    }
  }
  // openai-php's withBaseUri('api.deepseek.com') takes the host without a scheme.
  if (/\bapi\.deepseek\.com\b/.test(code)) toDeepSeek = true;
  if (client && !toDeepSeek && !findings.some((f) => f.code === 'foreign-base-url')) {
    findings.push({
      code: 'no-base-url',
      line: lineOf(client.index),
      vars: { option: shape.baseUrlOption },
    });
  }
  const edits: CodeEdit[] = [];
  for (const key of code.matchAll(KEY_LITERAL)) {
    findings.push({
      code: 'hard-coded-key',
      line: lineOf(key.index),
      vars: hardCodedKeyVars(key[2]!),
    });
    edits.push({ start: key.index, end: key.index + key[0].length, text: shape.read(keyVariable) });
  }
  return { language: shape.language, findings, edits };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
