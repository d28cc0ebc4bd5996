import type { HttpLanguage } from '../snippets/http-languages.ts';
import type { CodeEdit, CodeFinding } from './findings.ts';
import { hardCodedKeyVars, keyStandIn, namesOtherProvider } from './secrets.ts';
import { hostnameOf } from '../url.ts';

/**
 * Java, Go, C#, PHP, Rust and Ruby, pasted: read for what decides a 401 (where the key comes from,
 * where the request goes). Rewritten: a key written in the code, into a read of the variable (no
 * key leaves the page, SPEC §4); a bare key in an Authorization header, with "Bearer " before it;
 * an SDK client with no base URL, where the language's client takes it in one place (go-openai's
 * DefaultConfig, the Java builders, openai-php's factory). The page's own examples in those
 * languages (snippets/http-languages.ts) show the rest.
 */
export interface OtherLanguageReading {
  /** The language's code tab, or Ruby, which has none (its fix is the paste's own). */
  language: HttpLanguage | 'ruby';
  findings: Omit<CodeFinding, 'severity'>[];
  edits: CodeEdit[];
}

interface Shape {
  language: OtherLanguageReading['language'];
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
  /** The option that takes the base URL, named in the finding (by the code, where it depends). */
  baseUrlOption: string | ((code: string) => string);
  /** The expression that reads a variable, for a key written in the code. */
  read: (name: string) => string;
  /** How a string is put before an expression: `"Bearer " + key`. */
  prefix: (text: string) => string;
  /** The edit that gives the client DeepSeek's base URL, where one edit can; else null. */
  addBaseUrl?: (code: string, client: RegExpExecArray) => CodeEdit | null;
  /**
   * A client configuration that reads OPENAI_API_KEY unless a key is given (`given`), and what to
   * add after it to give the key.
   */
  keyFromEnv?: { config: RegExp; given: RegExp; add: (name: string) => string };
}

const BASE = 'https://api.deepseek.com';

/** In this order: the first whose sign (lines no Python or JS/TS has) names the language. */
const SHAPES: readonly Shape[] = [
  {
    language: 'php',
    sign: /<\?php|\$_(?:ENV|SERVER)\[|\bcurl_setopt\(|\$\w+->\w+/,
    envRead: /(?:getenv\(\s*|\$_(?:ENV|SERVER)\[\s*)['"]([^'"\n]+)['"]/g,
    sdkClient: /\bOpenAI::(?:client|factory)\(/,
    baseUrlOption: '->withBaseUri()',
    read: (name) => `getenv('${name}')`,
    prefix: (text) => `'${text}' . `,
    // OpenAI::client($key) takes no base URI: the factory does (openai-php/client README).
    addBaseUrl: (code, client) => {
      const call = /OpenAI::client\(([^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)/y;
      call.lastIndex = client.index;
      const found = call.exec(code);
      if (!found) return null;
      const text = `OpenAI::factory()->withApiKey(${found[1]!.trim()})->withBaseUri('api.deepseek.com')->make()`;
      return { start: found.index, end: found.index + found[0].length, text };
    },
  },
  {
    language: 'go',
    // Or a statement that starts `name := `: Python's walrus cannot (PEP 572), JS has none.
    sign: /^\s*package\s+\w+\s*$|\bos\.(?:Getenv|LookupEnv)\(|^\s*func\s+\w*\s*\(|^[ \t]*\w+(?:,[ \t]*\w+)*[ \t]*:=[ \t]*\S/m,
    envRead: /\bos\.(?:Getenv|LookupEnv)\(\s*"([^"\n]+)"\s*\)/g,
    sdkClient: /\bopenai\.(?:NewClient|DefaultConfig)\(/,
    baseUrlOption: 'config.BaseURL',
    read: (name) => `os.Getenv("${name}")`,
    prefix: (text) => `"${text}"+`,
    // `client := openai.NewClient(key)` becomes DefaultConfig, BaseURL, NewClientWithConfig
    // (sashabaranov/go-openai README, "Other OpenAI-compatible APIs").
    addBaseUrl: (code) => {
      const found =
        /^([ \t]*)(\w+)[ \t]*:?=[ \t]*openai\.NewClient\(([^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)[ \t]*$/m.exec(
          code,
        );
      if (!found) return null;
      const [, indent, name, key] = found;
      const text = [
        `${indent}config := openai.DefaultConfig(${key!.trim()})`,
        `${indent}config.BaseURL = "${BASE}"`,
        `${indent}${name} := openai.NewClientWithConfig(config)`,
      ].join('\n');
      return { start: found.index, end: found.index + found[0].length, text };
    },
  },
  {
    language: 'rust',
    sign: /\bfn\s+main\s*\(|\benv::var\(|\blet\s+mut\s|^\s*use\s+\w+(?:::[\w{}, *]+)+;\s*$/m,
    // async-openai's OpenAIConfig::new() takes its key from OPENAI_API_KEY until with_api_key()
    // sets one (its docs, config::OpenAIConfig; checked December 2026).
    keyFromEnv: {
      config: /\bOpenAIConfig::(?:new|default)\(\)/,
      given: /\.with_api_key\(/,
      add: (name) => `.with_api_key(std::env::var("${name}").expect("${name} is not set"))`,
    },
    envRead: /\benv::var\(\s*"([^"\n]+)"\s*\)/g,
    // async-openai's client; reqwest's Client::new() is an HTTP client, which takes the full URL.
    sdkClient: /(?<=\basync_openai\b[\s\S]*)\bClient::(?:new|with_config)\(/,
    baseUrlOption: 'OpenAIConfig::new().with_api_base()',
    read: (name) => `&std::env::var("${name}").expect("${name} is not set")`,
    prefix: (text) => `"${text}".to_string() + &`,
  },
  {
    language: 'csharp',
    // Or Semantic Kernel's builder, and `new Uri(` (JavaScript's is `new URL(`).
    sign: /^\s*using\s+(?:System|OpenAI|Microsoft\.SemanticKernel)\b|\bEnvironment\.GetEnvironmentVariable\(|\bKernel\.CreateBuilder\(\)|\bnew Uri\(/m,
    envRead: /\bEnvironment\.GetEnvironmentVariable\(\s*"([^"\n]+)"/g,
    // `new ChatClient(…)`, or C# 9's target-typed `ChatClient client = new(…)`.
    sdkClient:
      /\bnew\s+(?:OpenAIClient|ChatClient)\s*\(|\b(?:OpenAIClient|ChatClient)\s+\w+\s*=\s*new\s*\(/,
    baseUrlOption: 'OpenAIClientOptions.Endpoint',
    read: (name) => `Environment.GetEnvironmentVariable("${name}")`,
    prefix: (text) => `"${text}" + `,
  },
  {
    language: 'java',
    sign: /\b(?:public|final)\s+class\s+\w|\bSystem\.getenv\(|^\s*import\s+(?:java|javax|okhttp3|com\.openai|dev\.langchain4j)\.|\bOpenAIOkHttpClient\b|\bOpenAi\w*Model\.builder\(\)|\bnew\s+(?:OkHttpClient|Request\.Builder)\s*\(|\bHttpRequest\.newBuilder\(/m,
    envRead: /\bSystem\.getenv\(\s*"([^"\n]+)"\s*\)/g,
    // openai-java's client, and LangChain4j's OpenAI models (the same builder option).
    sdkClient:
      /\bOpenAIOkHttpClient\.builder\(\)|\bOpenAIOkHttpClient\.fromEnv\(\)|\bOpenAi(?:Streaming)?ChatModel\.builder\(\)/,
    baseUrlOption: '.baseUrl()',
    read: (name) => `System.getenv("${name}")`,
    prefix: (text) => `"${text}" + `,
    addBaseUrl: (_, client) =>
      client[0].endsWith('.builder()')
        ? {
            start: client.index + client[0].length,
            end: client.index + client[0].length,
            text: `.baseUrl("${BASE}")`,
          }
        : null,
  },
  {
    // Ruby: `require "openai"` (JS's require takes parentheses), ENV[…], the gems' clients.
    language: 'ruby',
    sign: /^\s*require\s+['"]|\bENV(?:\[|\.fetch\()\s*['"]|\bOpenAI::Client\.new\b|\bOpenAI\.configure\b|\bLangchain::LLM::OpenAI\.new\b|\bFaraday\.new\b|\bNet::HTTP\b/m,
    envRead: /\bENV(?:\[\s*|\.fetch\(\s*)["']([^"'\n]+)["']/g,
    // Two gems share OpenAI::Client: alexrudall's ruby-openai (`access_token:`, `uri_base:`, or
    // OpenAI.configure's config.uri_base) and OpenAI's openai-ruby (`api_key:`, `base_url:`);
    // langchainrb takes `llm_options: { uri_base: }` (their READMEs; checked December 2026).
    sdkClient: /\bOpenAI::Client\.new\b|\bLangchain::LLM::OpenAI\.new\(/,
    baseUrlOption: (code) =>
      /\bLangchain::LLM::OpenAI\.new\(/.test(code)
        ? 'llm_options: { uri_base: }'
        : /\baccess_token\b/.test(code)
          ? 'uri_base:'
          : 'base_url:',
    read: (name) => `ENV.fetch("${name}")`,
    prefix: (text) => `"${text}" + `,
    addBaseUrl: (code) => {
      const option = /\baccess_token\b/.test(code) ? 'uri_base' : 'base_url';
      const call = /\bOpenAI::Client\.new\(/.exec(code);
      if (call) {
        const at = call.index + call[0].length;
        return { start: at, end: at, text: `${option}: "${BASE}", ` };
      }
      const block = /^([ \t]*)OpenAI\.configure\s+do\s*\|\s*(\w+)\s*\|[ \t]*$/m.exec(code);
      if (!block) return null;
      const at = block.index + block[0].length;
      return { start: at, end: at, text: `\n${block[1]}  ${block[2]}.uri_base = "${BASE}"` };
    },
  },
];

const URL_IN_CODE = /https?:\/\/[^\s"'`)<>\\]+/g;
/** A key in quotes; group 2 is the key. */
const KEY_LITERAL = /(["'])(sk-[A-Za-z0-9_-]{16,})\1/g;
const KEYISH = /KEY|TOKEN|SECRET/i;
/** `NAME=sk-…` unquoted on a line of its own (a quoted one is KEY_LITERAL's); group 3 is the key. */
const ENV_LINE_KEY = /^([ \t]*(?:export[ \t]+)?([A-Z][A-Z0-9_]*)=)(sk-[A-Za-z0-9_-]{16,})[ \t]*$/gm;
/** A variable's name, quoted, given as the key (group 2): to an `apiKey` argument or a client. */
const KEY_NAME_LITERAL =
  /(?:\b(?:[Aa]pi_?[Kk]ey|access_token)\b["']?\s*(?:[:=(,]|=>)\s*|\bApiKeyCredential\(\s*|\b(?:NewClient|DefaultConfig)\(\s*|\bwithApiKey\(\s*)(["'])([A-Z][A-Z0-9_]*_(?:KEY|TOKEN))\1/g;
/**
 * A helper that adds "Bearer " given a value that starts with it: C#'s
 * `new AuthenticationHeaderValue("Bearer", $"Bearer {key}")` (or `"Bearer " + key`), reqwest's
 * `.bearer_auth(format!("Bearer {}", key))`.
 */
const DOUBLE_BEARER =
  /\bAuthenticationHeaderValue\(\s*"Bearer"\s*,\s*\$?@?"Bearer\s|\.bearer_auth\(\s*(?:format!\(\s*)?"Bearer\s/g;

/**
 * The header set by name and value (group 1 the space before the value), also by index
 * (`request["Authorization"] = key`, not Go's `Header["Authorization"] = []string{…}`), or
 * written as a header line in a string (group 2 where the value starts in it).
 */
const AUTHORIZATION_SET =
  /["']Authorization["'](?:\s*(?:=>|[,:])|\]?\s*=(?!\s*\[\]))(\s*)|["']Authorization:(\s)/g;

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
    const host = hostnameOf(url);
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
  const edits: CodeEdit[] = [];
  // A variable's name in quotes where the key goes (`apiKey: "DEEPSEEK_API_KEY"`): the name itself
  // is sent, and DeepSeek echoes "****_KEY". Read the variable instead.
  for (const found of code.matchAll(KEY_NAME_LITERAL)) {
    const at = found.index + found[0].length - found[2]!.length - 2;
    findings.push({ code: 'key-is-variable-name', line: lineOf(at), vars: { name: found[2]! } });
    edits.push({ start: at, end: at + found[2]!.length + 2, text: shape.read(found[2]!) });
  }
  for (const found of code.matchAll(DOUBLE_BEARER)) {
    findings.push({ code: 'auth-header-double-bearer', line: lineOf(found.index), vars: {} });
    // The value's own "Bearer " goes: `$"Bearer {key}"` becomes `$"{key}"`.
    const end = found.index + found[0].length;
    const start = end - /Bearer\s$/.exec(found[0])![0].length;
    edits.push({ start, end, text: '' });
  }
  if (!/bearer/i.test(code)) {
    for (const header of code.matchAll(AUTHORIZATION_SET)) {
      findings.push({ code: 'auth-header-no-bearer', line: lineOf(header.index), vars: {} });
      const at = header.index + header[0].length;
      // In the header line's string, "Bearer " goes in the string; else before the value.
      const text = header[2] !== undefined ? 'Bearer ' : shape.prefix('Bearer ');
      edits.push({ start: at, end: at, text });
    }
  }
  // openai-php's withBaseUri('api.deepseek.com') takes the host without a scheme.
  if (/\bapi\.deepseek\.com\b/.test(code)) toDeepSeek = true;
  if (client && !toDeepSeek && !findings.some((f) => f.code === 'foreign-base-url')) {
    findings.push({
      code: 'no-base-url',
      line: lineOf(client.index),
      vars: {
        option:
          typeof shape.baseUrlOption === 'string' ? shape.baseUrlOption : shape.baseUrlOption(code),
      },
    });
    const edit = shape.addBaseUrl?.(code, client);
    // The call it rewrites may hold the key written in the code: read from the variable there too.
    const read = () => shape.read(keyVariable);
    if (edit) edits.push({ ...edit, text: edit.text.replace(KEY_LITERAL, read) });
  }
  const config = shape.keyFromEnv?.config.exec(code);
  if (config && !shape.keyFromEnv!.given.test(code)) {
    findings.push({ code: 'no-api-key', line: lineOf(config.index), vars: {} });
    const end = config.index + config[0].length;
    edits.push({ start: end, end, text: shape.keyFromEnv!.add(keyVariable) });
  }
  const envLines = envLineKeys(code);
  findings.push(...envLines.findings);
  edits.push(...envLines.edits);
  // A key given where an environment read takes a variable's name (`os.Getenv("sk-…")`): the
  // name goes in its place, not a second read around it.
  const reads = [...code.matchAll(shape.envRead)].map((r) => [r.index, r.index + r[0].length]);
  for (const key of code.matchAll(KEY_LITERAL)) {
    findings.push({
      code: 'hard-coded-key',
      line: lineOf(key.index),
      vars: hardCodedKeyVars(key[2]!),
    });
    const inRead = reads.some(([start, end]) => key.index >= start! && key.index < end!);
    const text = inRead ? `${key[1]}${keyVariable}${key[1]}` : shape.read(keyVariable);
    edits.push({ start: key.index, end: key.index + key[0].length, text });
  }
  return { language: shape.language, findings, edits };
}

/**
 * `.env` or `export` lines pasted with code or settings (Laravel's `.env`, a shell profile), the
 * key unquoted: where the key belongs, not a key written into the code. Their copy gets the key's
 * slot.
 */
export function envLineKeys(code: string): Pick<OtherLanguageReading, 'findings' | 'edits'> {
  const findings: OtherLanguageReading['findings'] = [];
  const edits: CodeEdit[] = [];
  for (const line of code.matchAll(ENV_LINE_KEY)) {
    const [, head, name, key] = line;
    const vars: Record<string, string> = { ...hardCodedKeyVars(key!), name: name! };
    if (namesOtherProvider(name!)) delete vars.provider;
    const at = line.index + head!.length;
    findings.push({ code: 'env-line-key', line: code.slice(0, at).split('\n').length, vars });
    edits.push({ start: at, end: at + key!.length, text: keyStandIn(key!, head!) });
  }
  return { findings, edits };
}
