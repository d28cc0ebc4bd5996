import { missingEndpointOf } from '../error/other-hosts.ts';
import { otherEndpointOf } from '../stacks/tools.ts';
import {
  DEEPSEEK_BASE_URL,
  DEFAULT_MODEL,
  THINKING_OFF,
  KEY_ENV_VAR,
  RETIRED_MODELS,
} from '../deepseek-facts.ts';
import {
  ENV_PREFIX,
  SEVERITY,
  type CodeClient,
  type CodeEdit,
  type CodeFinding,
  type CodeFindingCode,
  type CodeLint,
  type PastedCodeLanguage,
  type PastedCodeTab,
} from './findings.ts';
import { KEY_PLACEHOLDER } from '../config/config-format.ts';
import { setxThenRun, terminalOfPaste } from '../diagnosis/environment-fix.ts';
import { envLineKeys, readOtherLanguage } from './other-languages.ts';
import { isHtmlPage, prepareCode, readableCode } from './prepare.ts';
import {
  KEY_SUBSTRING,
  hardCodedKeyVars,
  isMaskedKey,
  isPlaceholder,
  isVariableName,
  isWholeKey,
  keyStandIn,
  namesOtherProvider,
  otherKeySlot,
  looksLikeKey,
  redactKeys,
  redactedShape,
} from './secrets.ts';
import type { SyntaxNode, Tree } from '@lezer/common';
import {
  COMMENTS,
  OPENAI_CLASSES,
  parseCode,
  readSymbols,
  scanTree,
  type Scan,
  type Container,
  type StringToken,
  type Symbols,
} from './syntax.ts';

export interface LintCodeOptions {
  /** The variable the user says they set; DEEPSEEK_API_KEY by default. */
  keyVariable?: string;
  /** The pasted error was printed by a browser's console: the code ran in a page. */
  browser?: boolean;
  /**
   * What starts the program passes the `.env` file (`--env-file`, `env_file:`), so the code need
   * not load it; `quotes-kept`: by `docker run --env-file`, which keeps a value's quotes.
   */
  envFile?: 'passed' | 'quotes-kept' | null;
}

/**
 * Checks pasted Python or JS/TS code for the mistakes behind DeepSeek's 401, with 1-based lines,
 * and plans a minimal repair of the same code (see repairCode). Pure; never throws.
 */
export function lintCode(input: string, options: LintCodeOptions = {}): CodeLint {
  const { code, truncated } = readableCode(input);
  const keyVariable = options.keyVariable?.trim() || KEY_ENV_VAR;
  // Fences, prompts and magics are read as blanks; the edits map back to the pasted text.
  const prepared = prepareCode(code);
  // Java, Go, C#, PHP, Rust or Ruby first: their lines can look like JS (`var`, `new`, `import "os"`).
  const other = readOtherLanguage(prepared.code, keyVariable);
  const language = other ? 'other' : languageOf(prepared.code);
  const linter = new Linter(
    prepared.code,
    language,
    keyVariable,
    (options.browser ?? false) || isHtmlPage(code),
    options.envFile ?? null,
  );
  linter.run();
  const { toSource } = prepared;
  const findings = other
    ? [
        ...linter.findings.filter((f) => f.code !== 'hard-coded-key' && f.code !== 'env-line-key'),
        ...other.findings.map((f) => ({ ...f, severity: SEVERITY[f.code] })),
      ]
    : [...linter.findings, ...namedEnvKeys(prepared.code)];
  // Neither Python, JS/TS nor a language of its own (settings copied as text, a shell profile):
  // its `.env` and `export` lines that hold a key, where the shell reading found none.
  const edits = other?.edits ?? [...linter.edits];
  if (!other && language === 'other') {
    const plain = envLineKeys(prepared.code);
    const keyLines = new Set(
      findings
        .filter((f) => f.code === 'hard-coded-key' || f.code === 'env-line-key')
        .map((f) => f.line),
    );
    plain.findings.forEach((finding, i) => {
      if (keyLines.has(finding.line)) return;
      findings.push({ ...finding, severity: SEVERITY[finding.code] });
      edits.push(plain.edits[i]!);
    });
  }
  return {
    language,
    tab: other ? (other.language === 'ruby' ? null : other.language) : linter.tab(),
    ...(other?.language === 'ruby' && { untabbed: other.language }),
    findings: findings.sort((a, b) => a.line - b.line),
    clients: linter.clients,
    keyVariable,
    repairs: edits.map((e) => ({
      text: e.text,
      start: toSource(e.start, e.start === e.end),
      end: toSource(e.end, e.start === e.end),
    })),
    sourceLength: code.length,
    truncated,
    otherSdk: linter.otherSdk,
    missingEndpoint: missingEndpointOf(prepared.code),
    headerVariable:
      language === 'other' && !other ? (BEARER_VARIABLE.exec(prepared.code)?.[1] ?? null) : null,
  };
}

/** Lines only a shell script or a terminal transcript has: a prompt, a command, an assignment. */
const SHELL_TEXT =
  /^#!|^[ \t]*(?:[$%#❯][ \t]+\S|export[ \t]|set[ \t]|setx[ \t]|curl[ \t]|wget[ \t]|source[ \t]|echo[ \t]|[A-Z_][A-Z0-9_]*=)|\$\{?[A-Z_][A-Z0-9_]*\}?/m;

/**
 * Python libraries that load the working directory's `.env` when imported: CrewAI's llm module
 * calls load_dotenv() at import (crewAIInc/crewAI src/crewai/llm.py, checked December 2026).
 */
const LOADS_DOTENV = /^[ \t]*(?:from[ \t]+crewai\b|import[ \t]+crewai\b)/m;

/** A Bearer header a shell line builds from a variable: `Bearer $KEY`, `Bearer "$KEY"`, `Bearer ${KEY}`. */
const BEARER_VARIABLE =
  /Authorization['"]?\s*[:=]?\s*['"]?\s*Bearer\s*["']?\s*["']?\$(?:env:)?\{?([A-Za-z_]\w*)/i;

// --- Language ------------------------------------------------------------------------------

/**
 * Lua (Neovim plugins' configs) and Nix, which can look like JS (`require("x")`, `= {`): read as
 * another language, so that no JS or Python repair is written into them (notashelf/nvf#814).
 */
const LUA_OR_NIX =
  /^[ \t]*end\b[,)]*[ \t]*$|^[ \t]*local[ \t]+\w+[ \t]*=|\bvim\.(?:g|o|opt|fn|api|env|keymap)\.|\bmkLuaInline\b|\bthen[ \t]*$/m;

/**
 * codecompanion.nvim reads an adapter's `env.api_key` as the name of a variable, and sends the
 * text itself when no such variable is set (its lua/codecompanion/utils/adapters.lua,
 * get_env_vars: os.getenv(v), else v), notashelf/nvf#814. Checked December 2026.
 */
const NAMED_ENV_KEY =
  /\benv[ \t]*=[ \t]*\{[^}]*?\bapi_key[ \t]*=[ \t]*["']([A-Za-z_][A-Za-z0-9_]*)["']/g;

function namedEnvKeys(code: string): CodeFinding[] {
  if (!/\bcodecompanion\b/.test(code)) return [];
  return [...code.matchAll(NAMED_ENV_KEY)].map((found) => ({
    code: 'named-env-key',
    line: code.slice(0, found.index + found[0].length).split('\n').length,
    severity: SEVERITY['named-env-key'],
    vars: { name: found[1]! },
  }));
}

function languageOf(code: string): PastedCodeLanguage {
  if (LUA_OR_NIX.test(code)) return 'other';
  let python = 0;
  let js = 0;
  if (
    /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*(?:,|#|$)/m.test(
      code,
    )
  )
    python += 2;
  if (/^[ \t]*from[ \t]+[\w.]+[ \t]+import\b/m.test(code)) python += 2;
  if (/\bdef\s+\w+\s*\(|\bos\.(?:environ|getenv)\b|\bprint\(|\bNone\b|\bTrue\b|:\s*$/m.test(code))
    python += 1;
  if (/^[ \t]*\w+[ \t]*=[ \t]*(?:\w+\.)?(?:Async)?OpenAI\(/m.test(code)) python += 1;
  // A module constant, `DEEPSEEK_API_KEY = ' '` (a config.py); JS declares with const or let.
  if (/^[A-Z_][A-Z0-9_]*[ \t]+=[ \t]+['"]/m.test(code)) python += 1;
  if (/\b(?:const|let|var)\s+[\w${}\s,]+=/.test(code)) js += 2;
  if (/\brequire\(\s*['"]|^\s*import\s[^\n]*\bfrom\s+['"]|^\s*import\s+['"]/m.test(code)) js += 2;
  if (
    /\bnew\s+\w+\s*\(|\bprocess\.env\b|=>|\bconsole\.\w+\(|\bawait\b[^\n]*\(\{|\bimport\.meta\.env\b/.test(
      code,
    )
  )
    js += 1;
  if (python === 0 && js === 0) return 'other';
  return python > js ? 'python' : 'node';
}

function lineEnd(code: string, from: number): number {
  const end = code.indexOf('\n', from);
  return end === -1 ? code.length : end;
}

// --- Shapes --------------------------------------------------------------------------------

const KEY_NAME = /(?:^|_)api_?key$|apikey$|^(?:deepseek|ds|openai)_?key$|^key$|^secret$|^token$/i;
const KEYISH_ENV = /KEY|TOKEN|SECRET/i;
const NOT_KEY_ENV = /URL|BASE|HOST|MODEL|ENDPOINT/i;
/** Variables named for another provider: OPENAI_API_KEY, AZURE_OPENAI_API_KEY, GEMINI_API_KEY. */
const OTHER_PROVIDER_VARIABLE =
  /^(?:OPENAI|AZURE|ANTHROPIC|CLAUDE|GEMINI|GOOGLE|MOONSHOT|KIMI|DASHSCOPE|QWEN|ZHIPU|GLM|GROQ|MISTRAL|COHERE|OPENROUTER|SILICONFLOW|XAI|GROK)_/i;

const OPENAI_MODEL =
  /^(?:gpt-[\w.-]+|chatgpt-[\w.-]+|o[134](?:-(?:mini|preview|pro))?(?:-\d{4}-\d{2}-\d{2})?|text-davinci-\d+|davinci(?:-\d+)?|text-embedding-[\w-]+)$/i;
const RETIRED_MODEL = new RegExp(`^(deepseek/)?(?:${RETIRED_MODELS.join('|')})$`);
/**
 * Libraries that take a model as `provider/model` (LiteLLM, and the frameworks over it): also
 * LiteLLM's wrappers, the Agents SDK's LitellmModel (agents.extensions.models.litellm_model),
 * smolagents' LiteLLMModel and LangChain's ChatLiteLLM.
 */
const PROVIDER_PREFIXED =
  /\b(?:litellm\w*|crewai|dspy|smolagents|pydantic_ai|agno|autogen\w*|LitellmModel|LiteLLMModel|ChatLiteLLM)\b/;

const USES_LANGCHAIN =
  /^[ \t]*(?:from|import)[ \t]+langchain(?:_\w+)?\b|\bChat(?:OpenAI|DeepSeek|LiteLLM)\s*\(/m;
const USES_LITELLM = /^[ \t]*(?:from|import)[ \t]+litellm\b|\blitellm\.a?completion\s*\(/m;
const IMPORTS_OPENAI = /^[ \t]*(?:from|import)[ \t]+openai\b/m;

/** Other providers' SDKs (and their LangChain and AI SDK packages), as Python imports them. */
const OTHER_SDK_PY =
  /^[ \t]*(?:import[ \t]+|from[ \t]+)(anthropic|google\.generativeai|google\.genai|vertexai|cohere|mistralai|groq|together|zhipuai|dashscope|xai_sdk|langchain_(?:anthropic|google_genai|google_vertexai|cohere|mistralai|groq))(?![\w])|^[ \t]*from[ \t]+google[ \t]+import[ \t]+(genai|generativeai)\b/m;
/** …and as JS/TS imports them. */
const OTHER_SDK_JS =
  /^(?:@anthropic-ai\/sdk|@google\/generative-ai|@google\/genai|@google-cloud\/vertexai|cohere-ai|@mistralai\/mistralai|groq-sdk|together-ai|@langchain\/(?:anthropic|google-genai|google-vertexai|cohere|mistralai|groq)|@ai-sdk\/(?:anthropic|google|google-vertex|cohere|mistral|groq|xai))$/;

// --- The linter ----------------------------------------------------------------------------

interface EnvRead {
  start: number;
  end: number;
  name: string;
  /** The string token or identifier holding the name. */
  nameStart: number;
  nameEnd: number;
  /** `getenv`/`environ.get`: None when unset. */
  lenient: boolean;
  kind: 'py-getenv' | 'py-environ' | 'js-dot' | 'js-index' | 'js-meta' | 'js-deno';
  /** `os.getenv(NAME, fallback)`: the default, used when the variable is unset. */
  fallback: Arg | null;
}

interface Arg {
  name: string | null;
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
  /** `**kwargs`, `...options`: options can't be read. */
  spread: boolean;
}

/**
 * The name a call on this line is assigned to: `client = OpenAI(`, `self.llm: ChatOpenAI =
 * ChatOpenAI(`, `const openai = new OpenAI(`, `this.client = new openai.OpenAI(`.
 */
const ASSIGNED_TO =
  /^[ \t]*(?:(?:export[ \t]+)?(?:const|let|var)[ \t]+)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)[ \t]*(?::[^=\n]{1,60})?=[ \t]*(?:new[ \t]+|await[ \t]+)?(?:[A-Za-z_$][\w$]*\.)*$/;

interface Call {
  nameStart: number;
  nameEnd: number;
  open: number;
  close: number;
}

type ValueOf =
  | { kind: 'literal'; token: StringToken }
  | { kind: 'env'; read: EnvRead }
  | { kind: 'variable'; name: string }
  | { kind: 'other' };

const PY_KEY_ARGS = ['api_key', 'openai_api_key'];
/** Arguments only AzureOpenAI takes (openai-python's lib/azure.py). */
const AZURE_ONLY_ARGS = [
  'azure_endpoint',
  'azure_deployment',
  'api_version',
  'azure_ad_token',
  'azure_ad_token_provider',
];
const PY_URL_ARGS = ['base_url', 'openai_api_base'];
/**
 * Names people give the key and the base URL that the Python clients do not take: openai-python
 * refuses them ("unexpected keyword argument"), LangChain's ChatOpenAI moves them into
 * model_kwargs (its build_extra), and neither client then has the value.
 */
const PY_WRONG_KEY = ['apikey', 'apiKey', 'key', 'openai_key'];
const PY_WRONG_URL = [
  'base',
  'baseurl',
  'baseURL',
  'base_URL',
  'api_base',
  'api_url',
  'url',
  'endpoint',
];
const JS_WRONG_KEY = ['api_key', 'apikey', 'key', 'apiKEY', 'APIKey', 'api_Key'];
const JS_WRONG_URL = [
  'baseUrl',
  'base_url',
  'baseurl',
  'basePath',
  'apiBase',
  'api_base',
  'BaseURL',
];

class Linter {
  readonly findings: CodeFinding[] = [];
  readonly clients: CodeClient[] = [];
  readonly edits: CodeEdit[] = [];
  /** Set by run(): another provider's SDK, when no OpenAI client is built. */
  otherSdk: CodeLint['otherSdk'] = null;
  private readonly found = new Set<string>();
  private readonly s: Scan;
  private readonly python: boolean;
  private readonly lineStarts: number[];
  private readonly q: string;
  private readonly eol: string;
  private readonly envRead: string;
  private readonly reads: EnvRead[];
  private readonly assigned = new Map<string, ValueOf>();
  private readonly symbols: Symbols;
  private readonly clientNames: Set<string>;
  /** Classes imported from an unofficial package: renamed to `OpenAI`. */
  private readonly fakeClients = new Set<string>();
  private fakeModules = new Set<string>();
  private readonly handledStrings = new Set<number>();
  /** Env reads that feed a client's key, directly or through a variable. */
  private readonly clientReads = new Set<number>();
  /**
   * What a client with DeepSeek's base URL takes its key from (a read, or a variable's name):
   * the code was written for DeepSeek, whatever the variable is called.
   */
  private readonly deepseekClientReads = new Set<number | string>();
  /** Env reads that feed an Authorization header the code sends itself. */
  private readonly headerReads = new Set<number>();
  /** True when the code sends an Authorization header itself (requests, fetch, axios…). */
  private sendsAuthHeader = false;
  /** Variables holding a client left for OpenAI (`oa`, `self.oa`). */
  private readonly keptClients = new Set<string>();
  /** Literals as the code joins them: one token per concatenation (see StringToken.parts). */
  private readonly groups: StringToken[];
  private readonly groupByStart: Map<number, StringToken>;
  private depths: Int32Array | null = null;
  private readonly code: string;
  private readonly tree: Tree;
  private readonly language: PastedCodeLanguage;
  private readonly keyVariable: string;
  private readonly inBrowser: boolean;
  /** JS/TS that runs in a page (runsInBrowser): no environment to read the key from. */
  private readonly browserCode: boolean;
  private readonly envFile: LintCodeOptions['envFile'];

  constructor(
    code: string,
    language: PastedCodeLanguage,
    keyVariable: string,
    inBrowser: boolean,
    envFile: LintCodeOptions['envFile'],
  ) {
    this.code = code;
    this.inBrowser = inBrowser;
    this.envFile = envFile ?? null;
    this.language = language;
    this.keyVariable = keyVariable;
    this.python = language === 'python';
    if (language === 'other') {
      this.tree = parseCode('', 'node');
      this.s = { masked: code, strings: [], byStart: new Map(), byEnd: new Map() };
      this.symbols = readSymbols(code, this.tree, false);
    } else {
      this.tree = parseCode(code, language);
      this.s = scanTree(code, this.tree);
      this.symbols = readSymbols(code, this.tree, this.python);
    }
    this.clientNames = this.symbols.clientNames;
    this.lineStarts = [0];
    for (let i = 0; i < code.length; i++) if (code[i] === '\n') this.lineStarts.push(i + 1);
    const firstQuote = this.s.strings.find((t) => t.quote === '"' || t.quote === "'")?.quote;
    this.q = firstQuote ?? (this.python ? '"' : "'");
    this.eol = code.includes('\r\n') ? '\r\n' : '\n';
    this.browserCode = !this.python && language !== 'other' && this.runsInBrowser();
    // A page has no environment to read: the key's slot, where a page only its author opens
    // may hold it (the finding says why a page anyone opens may not).
    this.envRead = this.python
      ? `os.environ[${this.q}${keyVariable}${this.q}]`
      : this.browserCode
        ? `${this.q}${KEY_PLACEHOLDER}${this.q}`
        : `process.env.${keyVariable}`;
    this.reads = language === 'other' ? [] : this.findEnvReads();
    this.groups = this.joinStrings();
    this.groupByStart = new Map(this.groups.map((g) => [g.start, g]));
  }

  run(): void {
    if (this.language === 'other') {
      this.lintOther();
      this.redactStrayKeys();
      return;
    }
    this.collectAssignments();
    this.lintUnofficialImports();
    this.lintAuthHeaders();
    const clients = this.lintClients();
    this.otherSdk = clients ? null : this.findOtherSdk();
    if (this.otherSdk) {
      // Nothing to repair: only a key written in the code is worth a word (it leaks).
      this.lintLiterals(true);
      this.redactStrayKeys();
      this.edits.length = 0;
      return;
    }
    this.lintEnvReads();
    this.lintDefinedNames();
    if (this.python) this.lintSecretStr();
    this.lintLiterals(false);
    // Code that runs in the browser reads no .env at all: what its bundler inlines is the point.
    // …nor code whose .env what starts it passes (docker run --env-file, Compose's env_file).
    if (!this.lintBrowserEnv() && !this.envFile) this.lintDotenv();
    if (this.python) this.addImportOs();
    this.redactStrayKeys();
  }

  /** The first import of another provider's SDK, read from the code (never from comments). */
  private findOtherSdk(): CodeLint['otherSdk'] {
    if (this.python) {
      const found = OTHER_SDK_PY.exec(this.s.masked);
      if (!found) return null;
      const module = found[1] ?? `google.${found[2]!}`;
      return { module, line: this.lineAt(found.index) };
    }
    for (const token of this.s.strings) {
      if (!OTHER_SDK_JS.test(token.value)) continue;
      const before = this.s.masked.slice(Math.max(0, token.start - 40), token.start);
      if (/(?:\bfrom|\brequire\(|\bimport\(?)\s*$/.test(before)) {
        return { module: token.value, line: this.lineAt(token.start) };
      }
    }
    return null;
  }

  /** The library the code calls, read from its imports and calls (never from comments). */
  tab(): PastedCodeTab | null {
    if (this.language !== 'python') return this.language === 'node' ? 'node' : null;
    const m = this.s.masked;
    // LangChain first: its code may also import openai (for AuthenticationError) or use LiteLLM.
    if (USES_LANGCHAIN.test(m)) return 'langchain';
    if (USES_LITELLM.test(m)) return 'litellm';
    // An unofficial `deepseek` package is repaired into the openai SDK.
    const openai =
      IMPORTS_OPENAI.test(m) ||
      this.clients.length > 0 ||
      this.findings.some((f) => f.code === 'unofficial-package');
    return openai ? 'python' : null;
  }

  // --- findings and edits ------------------------------------------------------------------

  private find(code: CodeFindingCode, at: number, vars: Record<string, string> = {}): void {
    const line = this.lineAt(at);
    const id = `${code}:${line}`;
    if (this.found.has(id)) return;
    this.found.add(id);
    // A key written in a page is read by anyone who opens it (paste.code.browserKey).
    if (code === 'hard-coded-key' && this.browserCode) vars = { ...vars, browser: 'yes' };
    this.findings.push({ code, line, severity: SEVERITY[code], vars });
  }

  private edit(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private indentAt(offset: number): string {
    const start = this.lineStarts[this.lineAt(offset) - 1]!;
    return /^[ \t]*/.exec(this.code.slice(start, start + 200))![0];
  }

  private stringAt(pos: number): StringToken | undefined {
    let p = pos;
    while (p < this.code.length && /[ \t]/.test(this.code[p]!)) p++;
    return this.s.byStart.get(p);
  }

  // --- literals as the code joins them ------------------------------------------------------

  /**
   * The literals, with each concatenation read as one: Python's implicit `"sk-0123" "4567"` (on
   * one line, or across lines inside brackets or after a backslash) and `"a" + "b"` in either
   * language. A key split that way is one key, and is replaced whole.
   */
  private joinStrings(): StringToken[] {
    const strings = this.s.strings;
    const groups: StringToken[] = [];
    for (let i = 0; i < strings.length; i++) {
      const parts = [strings[i]!];
      while (i + 1 < strings.length && this.joins(strings[i]!, strings[i + 1]!)) {
        parts.push(strings[++i]!);
      }
      if (parts.length === 1) {
        groups.push(parts[0]!);
        continue;
      }
      const first = parts[0]!;
      const last = parts[parts.length - 1]!;
      groups.push({
        start: first.start,
        end: last.end,
        contentStart: first.contentStart,
        contentEnd: last.contentEnd,
        quote: first.quote,
        interpolated: parts.some((p) => p.interpolated),
        value: parts.map((p) => p.value).join(''),
        parts,
      });
    }
    return groups;
  }

  /** Whether literal `b` continues literal `a` as one string value. */
  private joins(a: StringToken, b: StringToken): boolean {
    // A literal inside another's interpolation is not its continuation.
    if (b.start < a.end) return false;
    const m = this.s.masked;
    const between = m.slice(a.end, b.start);
    // `'a' + 'b'.length` adds a number: only a plain `+` joins.
    const next = /\S/.exec(m.slice(b.end, b.end + 80))?.[0];
    const plus = /^\s*\+\s*$/.test(between) && (next === undefined || !/[.[(%*]/.test(next));
    if (!this.python) return plus;
    const implicit = /^[\s\\]*$/.test(between);
    if (!plus && !implicit) return false;
    // Outside brackets a line end ends the statement, unless a backslash continues it.
    return (
      !between.includes('\n') ||
      this.depthAt(a.end) > 0 ||
      /^(?:[ \t]*\\\r?\n)+[ \t]*(?:\+[ \t]*)?$|^[ \t]*\+[ \t]*(?:\\\r?\n[ \t]*)+$/.test(between)
    );
  }

  /** Bracket depth at `offset`, in the masked code. */
  private depthAt(offset: number): number {
    if (!this.depths) {
      const m = this.s.masked;
      const depths = new Int32Array(m.length + 1);
      let depth = 0;
      for (let i = 0; i < m.length; i++) {
        depths[i] = depth;
        const c = m[i];
        if (c === '(' || c === '[' || c === '{') depth++;
        else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
      }
      depths[m.length] = depth;
      this.depths = depths;
    }
    return this.depths[Math.min(offset, this.depths.length - 1)]!;
  }

  /**
   * A literal that is a statement of its own: a Python docstring, or a string left in the code
   * as a note. A key in it is redacted where it stands, as in a comment.
   */
  private isBareString(token: StringToken): boolean {
    if (!this.python) return false;
    const m = this.s.masked;
    const start = this.lineStarts[this.lineAt(token.start) - 1]!;
    if (m.slice(start, token.start).trim() !== '' || this.depthAt(token.start) > 0) return false;
    if (m.slice(0, start).trimEnd().endsWith('\\')) return false;
    return m.slice(token.end, lineEnd(m, token.end)).trim() === '';
  }

  // --- whole-file scans --------------------------------------------------------------------

  /**
   * The environment reads, found in the tree: Python's `os.getenv(…)`, `os.environ.get(…)` and
   * `os.environ[…]` (through the aliases the imports bind), JS's `process.env.X`,
   * `process.env['X']`, `import.meta.env.X` and `Deno.env.get('X')`. A write
   * (`os.environ["X"] = …`) is no read.
   */
  private findEnvReads(): EnvRead[] {
    const reads: EnvRead[] = [];
    const { environNames, getenvNames } = this.symbols;
    const text = (node: SyntaxNode) => this.code.slice(node.from, node.to);
    /** The variable's name in `("X", …)` or `["X"]`: the literal right after the bracket. */
    const nameIn = (open: SyntaxNode | null) => {
      const token = open?.nextSibling ? this.s.byStart.get(open.nextSibling.from) : undefined;
      return token && token.end === open!.nextSibling!.to && /^\w+$/.test(token.value)
        ? token
        : null;
    };
    const read = (
      node: SyntaxNode,
      token: StringToken | { value: string; contentStart: number; contentEnd: number },
      kind: EnvRead['kind'],
    ) =>
      reads.push({
        start: node.from,
        end: node.to,
        name: token.value,
        nameStart: token.contentStart,
        nameEnd: token.contentEnd,
        lenient: kind !== 'py-environ',
        kind,
        fallback: null,
      });
    this.tree.iterate({
      enter: (ref) => {
        const node = ref.node;
        if (node.name === 'CallExpression') {
          const callee = text(node.firstChild!);
          const args = node.getChild('ArgList');
          const environGet =
            callee.endsWith('.get') && environNames.has(callee.slice(0, -'.get'.length));
          const token = nameIn(args?.firstChild ?? null);
          if (!token) return;
          if (this.python && (getenvNames.has(callee) || environGet)) {
            read(node, token, 'py-getenv');
            const fallback = this.parts(args!.from)[1];
            if (fallback) reads[reads.length - 1]!.fallback = fallback;
          } else if (!this.python && callee === 'Deno.env.get') read(node, token, 'js-deno');
          return;
        }
        if (node.name !== 'MemberExpression' || isAssigned(node)) return;
        const object = node.firstChild!;
        if (!environNames.has(text(object))) return;
        const bracket = node.getChild('[');
        if (bracket) {
          const token = nameIn(bracket);
          if (token) read(node, token, this.python ? 'py-environ' : 'js-index');
          return;
        }
        const property = node.getChild('PropertyName');
        // `process.env.hasOwnProperty(…)` calls a method: no variable is read.
        const called = node.parent?.name === 'CallExpression' && node.parent.firstChild === node;
        if (this.python || !property || called) return;
        read(
          node,
          { value: text(property), contentStart: property.from, contentEnd: property.to },
          text(object) === 'import.meta.env' ? 'js-meta' : 'js-dot',
        );
      },
    });
    return reads.sort((a, b) => a.start - b.start);
  }

  /** Offset of the bracket closing the one at `open`, in the masked code; -1 if none. */
  private matching(open: number): number {
    const m = this.s.masked;
    let depth = 0;
    for (let i = open; i < m.length; i++) {
      const c = m[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        depth--;
        if (depth === 0) return i;
      }
    }
    return -1;
  }

  private valueOf(start: number, end: number): ValueOf {
    const token = this.groupByStart.get(start) ?? this.s.byStart.get(start);
    if (token && token.end === end) {
      // `f"{os.environ['X']}"`, `` `${process.env.X}` ``: an environment read, not a literal.
      const read = this.reads.find(
        (r) => r.start >= token.contentStart && r.end <= token.contentEnd,
      );
      const rest = read
        ? token.value.slice(0, read.start - token.contentStart) +
          token.value.slice(read.end - token.contentStart)
        : '';
      if (read && token.interpolated && /^\$?\{\}$/.test(rest.replace(/\s+/g, ''))) {
        return { kind: 'env', read };
      }
      return { kind: 'literal', token };
    }
    const read = this.reads.find((r) => r.start === start);
    if (read) {
      const rest = this.s.masked.slice(read.end, end);
      if (/^\s*(?:!|\?\?\s*(?:''|""|undefined)|\|\|\s*(?:''|""))?\s*$/.test(rest)) {
        return { kind: 'env', read };
      }
    }
    const text = this.code.slice(start, end).replace(/!$/, '');
    if (/^[A-Za-z_$][\w$]*$/.test(text)) return { kind: 'variable', name: text };
    return { kind: 'other' };
  }

  private collectAssignments(): void {
    const pattern = this.python
      ? /^[ \t]*([A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=(?!=)[ \t]*/gm
      : /\b(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)[ \t]*(?::[^=\n]+)?=(?!=)[ \t]*/g;
    for (const found of this.s.masked.matchAll(pattern)) {
      const start = found.index + found[0].length;
      const end = this.statementEnd(start);
      this.assigned.set(found[1]!, this.valueOf(start, end));
    }
  }

  /** End of a simple one-line right-hand side (before `;`, a comment or the line end). */
  private statementEnd(start: number): number {
    const m = this.s.masked;
    let end = lineEnd(m, start);
    const semi = m.indexOf(';', start);
    if (semi !== -1 && semi < end) end = semi;
    while (end > start && /\s/.test(m[end - 1]!)) end--;
    return end;
  }

  // --- unofficial packages -----------------------------------------------------------------

  private lintUnofficialImports(): void {
    const m = this.s.masked;
    if (this.python) {
      const fromImport =
        /^([ \t]*)from[ \t]+(deepseek(?:_sdk|_api)?)((?:\.\w+)*)[ \t]+import[ \t]+\(?([\w \t,]+)\)?[ \t]*$/gm;
      for (const found of m.matchAll(fromImport)) {
        const kept: string[] = ['OpenAI'];
        for (const part of found[4]!.split(',')) {
          const [imported, local] = part.trim().split(/\s+as\s+/);
          if (!imported) continue;
          if (/(?:Error|Exception)$/.test(imported)) kept.push(part.trim());
          else this.addFakeClient(local ?? imported);
        }
        this.unofficial(found, `from openai import ${[...new Set(kept)].join(', ')}`);
      }
      for (const found of m.matchAll(
        /^([ \t]*)import[ \t]+(deepseek(?:_sdk|_api)?)(?:[ \t]+as[ \t]+(\w+))?[ \t]*$/gm,
      )) {
        this.fakeModules.add(found[3] ?? found[2]!);
        this.unofficial(found, 'import openai');
      }
      this.renameFakeUsages();
      return;
    }
    const patterns = [
      /^([ \t]*)import[ \t]+([\w$]+)?[ \t]*,?[ \t]*(?:\{([^}]*)\}|\*[ \t]+as[ \t]+([\w$]+))?[ \t]*from[ \t]*/gm,
      /^([ \t]*)(?:const|let|var)[ \t]+(?:([\w$]+)|\{([^}]*)\})[ \t]*=[ \t]*require\([ \t]*/gm,
    ];
    for (const pattern of patterns) {
      for (const found of m.matchAll(pattern)) {
        const token = this.stringAt(found.index + found[0].length);
        if (!token || !/^deepseek(?:-sdk|-api|-client)?$/.test(token.value)) continue;
        const errors: string[] = [];
        const local = found[2];
        if (local) this.addFakeClient(local);
        for (const part of (found[3] ?? '').split(',')) {
          const [imported, alias] = part.trim().split(/\s+as\s+|\s*:\s*/);
          if (!imported) continue;
          if (/(?:Error|Exception)$/.test(imported)) errors.push(part.trim());
          else this.addFakeClient(alias ?? imported);
        }
        if (found[4]) this.fakeModules.add(found[4]);
        const isRequire = pattern === patterns[1];
        const q = token.quote;
        const named = errors.length > 0 ? `{ ${errors.join(', ')} }` : '';
        const text = isRequire
          ? `const ${named ? `{ OpenAI, ${errors.join(', ')} }` : 'OpenAI'} = require(${q}openai${q})`
          : `import OpenAI${named ? `, ${named}` : ''} from ${q}openai${q}`;
        const start = found.index + found[1]!.length;
        const end = isRequire ? m.indexOf(')', token.end) + 1 : token.end;
        this.find('unofficial-package', start, { module: token.value });
        this.edit(start, end, text);
        this.handledStrings.add(token.start);
      }
    }
    this.renameFakeUsages();
  }

  private unofficial(found: RegExpMatchArray, replacement: string): void {
    const start = found.index! + found[1]!.length;
    const end = found.index! + found[0].trimEnd().length;
    this.find('unofficial-package', start, { module: found[2]! });
    this.edit(start, end, replacement);
  }

  /** Client classes of the unofficial package become `OpenAI`; its errors come from `openai`. */
  private renameFakeUsages(): void {
    const m = this.s.masked;
    for (const name of this.fakeClients) {
      for (const found of m.matchAll(
        new RegExp(`(?<![\\w.$])${escapeRegExp(name)}(?![\\w$])`, 'g'),
      )) {
        if (this.insideEdit(found.index)) continue;
        this.edit(found.index, found.index + name.length, 'OpenAI');
      }
    }
    for (const module of this.fakeModules) {
      for (const found of m.matchAll(
        new RegExp(`(?<![\\w.$])${escapeRegExp(module)}\\.(\\w+)`, 'g'),
      )) {
        if (this.insideEdit(found.index)) continue;
        const member = found[1]!;
        const isError = /(?:Error|Exception)$/.test(member);
        this.edit(
          found.index,
          found.index + found[0].length,
          `openai.${isError ? member : 'OpenAI'}`,
        );
        if (!isError) this.clientNames.add(`${module}.${member}`);
      }
    }
  }

  private addFakeClient(name: string): void {
    this.clientNames.add(name);
    if (name !== 'OpenAI') this.fakeClients.add(name);
  }

  private insideEdit(offset: number): boolean {
    return this.edits.some((e) => offset >= e.start && offset < e.end);
  }

  // --- clients -----------------------------------------------------------------------------

  /**
   * The client constructions, found in the tree: Python's `OpenAI(…)` and JS's `new OpenAI(…)`,
   * by the names the imports bind (`oa.OpenAI`, `Client` in `import { OpenAI as Client }`).
   */
  private calls(): Call[] {
    const names = new Set([
      ...this.clientNames,
      ...[...this.symbols.moduleNames].flatMap((m) => OPENAI_CLASSES.map((name) => `${m}.${name}`)),
    ]);
    const calls: Call[] = [];
    this.tree.iterate({
      enter: ({ node }) => {
        // JS builds a client with `new OpenAI(…)`, or with a factory call (`createOpenAI(…)`).
        const isNew = node.name === 'NewExpression';
        if (!isNew && node.name !== 'CallExpression') return;
        const callee = isNew ? node.firstChild?.nextSibling : node.firstChild;
        const args = node.getChild('ArgList');
        if (!callee || !args || args.lastChild?.name !== ')') return;
        const known = this.python || isNew ? names : this.symbols.clientFactories;
        if (!known.has(this.code.slice(callee.from, callee.to))) return;
        calls.push({
          nameStart: callee.from,
          nameEnd: callee.to,
          open: args.from,
          close: args.to - 1,
        });
      },
    });
    return calls;
  }

  /** The argument list, dict or object literal whose opening bracket is at `open`. */
  private containerAt(open: number): SyntaxNode | null {
    for (let node: SyntaxNode | null = this.tree.resolveInner(open, 1); node; node = node.parent) {
      if (node.from < open) return null;
      if (CONTAINERS.has(node.name)) return node;
    }
    return null;
  }

  /** Offset of the closing bracket of the container at `open`. */
  private closeOf(open: number): number {
    return (this.containerAt(open)?.to ?? open + 1) - 1;
  }

  /**
   * The arguments (or entries, or properties) of the container at `open`, read from the tree:
   * `name=value`, `"name": value`, `name: value`, a shorthand `{ name }`, `**kwargs`, `...config`.
   */
  private parts(open: number): Arg[] {
    const container = this.containerAt(open);
    if (!container) return [];
    const args: Arg[] = [];
    let segment: SyntaxNode[] = [];
    const flush = () => {
      if (segment.length === 0) return;
      const start = segment[0]!.from;
      const end = segment[segment.length - 1]!.to;
      const only = segment.length === 1 ? segment[0]! : null;
      const kids: SyntaxNode[] = [];
      if (only?.name === 'Property') {
        for (let kid = only.firstChild; kid; kid = kid.nextSibling) kids.push(kid);
      } else kids.push(...segment);
      segment = [];
      const [first, second, third] = kids;
      const spread = ['**', '*', 'Spread'].includes(first!.name);
      const key =
        second?.name === 'AssignOp' && first!.name === 'VariableName'
          ? this.code.slice(first!.from, first!.to)
          : second?.name === ':' && first!.name === 'PropertyDefinition'
            ? this.code.slice(first!.from, first!.to)
            : second?.name === ':' && first!.name === 'String'
              ? (this.s.byStart.get(first!.from)?.value ?? null)
              : null;
      if (key !== null && third) {
        args.push({ name: key, start, end, valueStart: third.from, valueEnd: end, spread });
        return;
      }
      const shorthand = kids.length === 1 && first!.name === 'PropertyDefinition';
      const name = shorthand ? this.code.slice(start, end) : null;
      args.push({ name, start, end, valueStart: start, valueEnd: end, spread });
    };
    for (let child = container.firstChild; child; child = child.nextSibling) {
      const bracket = child.from === container.from || child.to === container.to;
      if (bracket && /^[([{)\]}]$/.test(child.name)) continue;
      if (child.name === ',') flush();
      else if (!COMMENTS.has(child.name)) segment.push(child);
    }
    flush();
    return args;
  }

  /**
   * A library made for DeepSeek, which reads DEEPSEEK_API_KEY when given no key and knows its base
   * URL: langchain-deepseek's ChatDeepSeek (DEEPSEEK_API_KEY must be set), llama-index's DeepSeek
   * (`api_key or os.environ.get("DEEPSEEK_API_KEY")`, run-llama/llama_index
   * llama-index-llms-deepseek), agno's DeepSeek ("DEEPSEEK_API_KEY not set", its models/deepseek), the AI SDK's @ai-sdk/deepseek (loadApiKey with DEEPSEEK_API_KEY,
   * vercel/ai packages/deepseek), LiteLLM's deepseek/ models (DEEPSEEK_API_KEY), pydantic-ai's
   * `deepseek:` models and DeepSeekProvider (DEEPSEEK_API_KEY, its providers/deepseek). Checked
   * December 2026.
   */
  private get wrapsDeepSeek(): boolean {
    return /langchain_deepseek|@langchain\/deepseek|ChatDeepSeek|createDeepSeek|@ai-sdk\/deepseek|llama_index\.llms\.deepseek|agno\.models\.deepseek|\b(?:litellm|crewai|dspy)\b[\s\S]*["']deepseek\/|\bpydantic_ai\b[\s\S]*(?:["']deepseek:|\bDeepSeekProvider\b)/.test(
      this.code,
    );
  }

  /** Lints every OpenAI client; false when the code builds none and calls no other library. */
  private lintClients(): boolean {
    const calls = this.calls();
    const forDeepSeek = calls.some((call) => this.isForDeepSeek(call));
    for (const call of calls) {
      const kept = forDeepSeek && !this.isForDeepSeek(call) ? this.keptFor(call) : null;
      if (kept !== null) {
        // NOTE: an OpenAI client next to the DeepSeek one (embeddings, Whisper), or one given
        // another provider's address and key (Groq beside DeepSeek, vercel/ai#2439), stays as it is.
        if (kept.variable) this.keptClients.add(kept.variable);
        if (kept.host) this.find('other-client-kept', call.nameStart, { host: kept.host });
        else this.find('openai-client-kept', call.nameStart);
      } else if (this.python) this.lintPythonClient(call);
      else this.lintJsClient(call);
    }
    // Frameworks with clients of their own (most over LiteLLM): CrewAI's LLM, DSPy's LM,
    // smolagents, pydantic-ai, agno, AutoGen.
    const usesOther =
      PROVIDER_PREFIXED.test(this.code) ||
      /@ai-sdk\/openai-compatible/.test(this.code) ||
      this.wrapsDeepSeek;
    if (calls.length === 0 && !usesOther && this.fakeModules.size === 0) {
      // Code that sends the Authorization header itself needs no client.
      if (!this.sendsAuthHeader) this.find('no-client', 0);
      return false;
    }
    return true;
  }

  /** A client whose call names DeepSeek: its base URL, its key's variable, its class. */
  private isForDeepSeek(call: Call): boolean {
    const text = this.code.slice(call.nameStart, call.close + 1);
    return /deepseek/i.test(text) || text.includes(this.keyVariable);
  }

  /**
   * For a client that does not name DeepSeek: the variable it is assigned to ('' when none) when
   * the code says it is meant for OpenAI — its base URL, a comment on its line or the line
   * before (`# for embeddings from OpenAI`), or its variable's name (`openai_client`, `oa`) — or
   * for another provider, whose address it is given with that provider's key (`host`); else null.
   */
  private keptFor(call: Call): { variable: string; host: string | null } | null {
    const m = this.s.masked;
    const firstLine = this.lineAt(call.nameStart);
    const lastLine = this.lineAt(call.close);
    const head = m.slice(this.lineStarts[firstLine - 1]!, call.nameStart);
    const variable =
      /([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)[ \t]*(?::[^=\n]+)?=[ \t]*(?:new[ \t]+|await[ \t]+)?$/.exec(
        head,
      )?.[1] ?? '';
    let comment = '';
    for (let line = firstLine - 1; line <= lastLine; line++) {
      if (line < 1) continue;
      const start = this.lineStarts[line - 1]!;
      const end = lineEnd(this.code, start);
      // The line before counts only when it is a comment and nothing else.
      if (line < firstLine && m.slice(start, end).trim() !== '') continue;
      for (let i = start; i < end; i++) if (m[i] === ' ') comment += this.code[i];
    }
    const args = this.code.slice(call.open, call.close + 1);
    const host = /\bhttps?:\/\/([\w.-]+)/.exec(args)?.[1]?.toLowerCase();
    const othersKey = [...args.matchAll(/\b[A-Z][A-Z0-9_]*_(?:API_)?KEY\b/g)].some(
      ([name]) => OTHER_PROVIDER_VARIABLE.test(name) && !/^(?:OPENAI|AZURE)_/.test(name),
    );
    if (host && host !== 'api.openai.com' && othersKey) return { variable, host };
    const name = variable.split('.').pop()!;
    const says =
      /api\.openai\.com/.test(args) ||
      (/\bopen\s?ai\b|embedding|whisper|dall-?e|\btts\b|moderation/i.test(comment) &&
        !/deepseek/i.test(comment)) ||
      /openai|^oai|^oa$|embed/i.test(name);
    return says ? { variable, host: null } : null;
  }

  /** Whether the literal at `at` is an argument of a call on a client left for OpenAI. */
  private callsKeptClient(at: number): boolean {
    if (this.keptClients.size === 0) return false;
    const m = this.s.masked;
    let depth = 0;
    for (let i = at - 1; i >= 0; i--) {
      const c = m[i];
      if (c === ')' || c === ']' || c === '}') depth++;
      else if (c === '[' || c === '{') depth = Math.max(0, depth - 1);
      else if (c === '(') {
        if (depth > 0) {
          depth--;
          continue;
        }
        const callee = /([A-Za-z_$][\w$.]*)\s*$/.exec(m.slice(Math.max(0, i - 200), i))?.[1] ?? '';
        for (const kept of this.keptClients) if (callee.startsWith(`${kept}.`)) return true;
      }
    }
    return false;
  }

  /**
   * The arguments with one `**kwargs` / `...config` replaced by the entries of the dict or object
   * literal the code assigned to it, and that literal, where missing entries go; else as they are.
   */
  private spreadArgs(args: Arg[]): { args: Arg[]; into: Container | null } {
    const spreads = args.filter((a) => a.spread);
    if (spreads.length !== 1) return { args, into: null };
    const name = this.code
      .slice(spreads[0]!.start, spreads[0]!.end)
      .replace(/^(?:\*\*|\.\.\.)\s*/, '');
    const into = this.symbols.containers.get(name);
    if (!into) return { args, into: null };
    const entries = this.parts(into.open);
    if (entries.some((a) => a.spread)) return { args, into: null };
    return { args: [...args.filter((a) => !a.spread), ...entries], into };
  }

  private lintPythonClient(call: Call): void {
    const spread = this.spreadArgs(this.parts(call.open));
    const azure = /AzureOpenAI$/.test(this.code.slice(call.nameStart, call.nameEnd));
    const args = azure ? this.repairAzureClient(call, spread.args) : spread.args;
    for (const arg of args) {
      const expected =
        arg.name === null
          ? null
          : PY_WRONG_KEY.includes(arg.name)
            ? PY_KEY_ARGS
            : PY_WRONG_URL.includes(arg.name)
              ? PY_URL_ARGS
              : null;
      // Renamed, unless the client is given the right argument too.
      if (!expected || args.some((a) => a.name !== null && expected.includes(a.name))) continue;
      this.find('wrong-argument-name', arg.start, { name: arg.name!, expected: expected[0]! });
      this.edit(arg.start, arg.start + arg.name!.length, expected[0]!);
      arg.name = expected[0]!;
    }
    const keyArg = args.find((a) => a.name !== null && PY_KEY_ARGS.includes(a.name));
    const urlArg = args.find((a) => a.name !== null && PY_URL_ARGS.includes(a.name));
    const opaque = args.some((a) => a.spread);
    const adds: string[] = [];
    const into = spread.into;
    const entry = (name: string, value: string) =>
      into?.style === 'dict' ? `${this.q}${name}${this.q}: ${value}` : `${name}=${value}`;
    if (!keyArg && !opaque) {
      this.find('no-api-key', call.nameStart);
      adds.push(entry('api_key', this.envRead));
    }
    if (!urlArg && !opaque) {
      this.find('no-base-url', call.nameStart);
      adds.push(entry('base_url', `${this.q}${DEEPSEEK_BASE_URL}${this.q}`));
    }
    const where = into ?? call;
    this.insertArgs(
      where.open,
      where.close,
      into ? args.filter((a) => a.start > into.open) : args,
      adds,
    );
    this.recordClient(call, keyArg, urlArg, opaque);
  }

  /**
   * `AzureOpenAI(azure_endpoint=…, api_version=…)` becomes the standard client: the class is
   * renamed wherever the code names it (its import too), and the Azure-only arguments go.
   */
  private repairAzureClient(call: Call, args: Arg[]): Arg[] {
    const dropped = args.filter((a) => a.name !== null && AZURE_ONLY_ARGS.includes(a.name));
    this.find('azure-client', call.nameStart, { args: dropped.map((a) => a.name).join(', ') });
    this.tree.iterate({
      enter: ({ node }) => {
        if (node.name !== 'VariableName' && node.name !== 'PropertyName') return;
        const name = this.code.slice(node.from, node.to);
        if (/^(?:Async)?AzureOpenAI$/.test(name)) {
          this.edit(node.from, node.to, name.replace('Azure', ''));
        }
      },
    });
    const kept = args.filter((a) => !dropped.includes(a));
    for (const arg of dropped) {
      const next = args[args.indexOf(arg) + 1];
      const before = kept.filter((a) => a.end <= arg.start).pop();
      // The argument and what follows it up to the next; the last one from the kept one before.
      if (next) this.edit(arg.start, next.start, '');
      else this.edit(before ? before.end : arg.start, arg.end, '');
    }
    return kept;
  }

  private lintJsClient(call: Call): void {
    const outer = this.parts(call.open);
    const first = outer[0];
    if (!first) {
      this.find('no-api-key', call.nameStart);
      this.find('no-base-url', call.nameStart);
      this.edit(
        call.open + 1,
        call.close,
        `{ apiKey: ${this.envRead}, baseURL: ${this.q}${DEEPSEEK_BASE_URL}${this.q} }`,
      );
      this.recordClient(call, undefined, undefined, false);
      return;
    }
    const named = this.symbols.containers.get(this.code.slice(first.start, first.end));
    if (this.s.masked[first.start] !== '{' && !named) {
      this.recordClient(call, undefined, undefined, true);
      return;
    }
    // `new OpenAI(config)` reads the object literal assigned to `config`.
    const open = named?.open ?? first.start;
    const spread = this.spreadArgs(this.parts(open));
    const into = spread.into ?? named ?? { open, close: this.closeOf(open) };
    const close = into.close;
    const props = spread.args;
    for (const prop of props) {
      if (prop.name === null || prop.start === prop.valueStart) continue;
      const expected = JS_WRONG_KEY.includes(prop.name)
        ? 'apiKey'
        : JS_WRONG_URL.includes(prop.name)
          ? 'baseURL'
          : null;
      if (!expected) continue;
      this.find('wrong-option-name', prop.start, { name: prop.name, expected });
      const token = this.s.byStart.get(prop.start);
      this.edit(prop.start, token ? token.end : prop.start + prop.name.length, expected);
      prop.name = expected;
    }
    // LangChain's ChatOpenAI takes the base URL in `configuration: { baseURL }`.
    const configuration = props.find((p) => p.name === 'configuration');
    const nested =
      configuration && this.s.masked[configuration.valueStart] === '{'
        ? this.parts(configuration.valueStart)
        : [];
    const keyArg = props.find((p) => p.name === 'apiKey');
    const urlArg =
      props.find((p) => p.name === 'baseURL') ?? nested.find((p) => p.name === 'baseURL');
    const opaque = props.some((p) => p.spread);
    const adds: string[] = [];
    if (!keyArg && !opaque) {
      this.find('no-api-key', call.nameStart);
      adds.push(`apiKey: ${this.envRead}`);
    }
    if (!urlArg && !opaque) {
      this.find('no-base-url', call.nameStart);
      adds.push(`baseURL: ${this.q}${DEEPSEEK_BASE_URL}${this.q}`);
    }
    this.insertArgs(
      into.open,
      close,
      props.filter((p) => p.start > into.open && p.end <= close),
      adds,
    );
    this.recordClient(call, keyArg, urlArg, opaque);
  }

  /** Adds arguments (or properties) where they fit the call's own layout. */
  private insertArgs(open: number, close: number, args: Arg[], adds: string[]): void {
    if (adds.length === 0) return;
    const first = args[0];
    if (!first) {
      const pad = this.python ? '' : ' ';
      this.edit(open + 1, close, `${pad}${adds.join(', ')}${pad}`);
      return;
    }
    if (this.lineAt(first.start) === this.lineAt(open)) {
      const last = args[args.length - 1]!;
      this.edit(last.end, last.end, adds.map((a) => `, ${a}`).join(''));
      return;
    }
    const lineStart = this.lineStarts[this.lineAt(first.start) - 1]!;
    const indent = this.indentAt(first.start);
    this.edit(lineStart, lineStart, adds.map((a) => `${indent}${a},${this.eol}`).join(''));
  }

  private recordClient(
    call: Call,
    keyArg: Arg | undefined,
    urlArg: Arg | undefined,
    opaque: boolean,
  ): void {
    let keySource: CodeClient['keySource'] = opaque ? 'unknown' : 'none';
    let keyVariable: string | null = null;
    if (keyArg) {
      let value = this.valueOf(keyArg.valueStart, keyArg.valueEnd);
      if (value.kind === 'variable') {
        const resolved = this.assigned.get(value.name);
        keySource = 'variable';
        if (resolved) value = resolved;
      }
      if (value.kind === 'literal') {
        keySource = 'literal';
        this.lintKeyLiteral(value.token);
      } else if (value.kind === 'env') {
        keySource = 'env';
        keyVariable = value.read.name;
        this.clientReads.add(value.read.start);
      } else if (value.kind === 'other' && keySource !== 'variable') {
        keySource = 'unknown';
      }
    }
    let baseUrlOk: boolean | null = opaque ? null : false;
    if (urlArg) {
      const value = this.valueOf(urlArg.valueStart, urlArg.valueEnd);
      const literal =
        value.kind === 'literal'
          ? value.token
          : value.kind === 'variable'
            ? (() => {
                const v = this.assigned.get(value.name);
                return v?.kind === 'literal' ? v.token : null;
              })()
            : null;
      baseUrlOk = literal ? this.lintBaseUrl(literal) : null;
    }
    if (keyArg && baseUrlOk) {
      const value = this.valueOf(keyArg.valueStart, keyArg.valueEnd);
      if (value.kind === 'env') this.deepseekClientReads.add(value.read.start);
      if (value.kind === 'variable') this.deepseekClientReads.add(value.name);
    }
    const line = this.lineAt(call.nameStart);
    const before = this.code.slice(this.lineStarts[line - 1], call.nameStart);
    // Not `reply = OpenAI().chat.completions.create(…)`: that name holds the call's answer.
    const chained = /^\s*\./.test(this.code.slice(call.close + 1, call.close + 40));
    const name = chained ? null : (ASSIGNED_TO.exec(before)?.[1] ?? null);
    this.clients.push({ line, name, keySource, keyVariable, baseUrlOk });
  }

  private lintBaseUrl(token: StringToken): boolean {
    this.handledStrings.add(token.start);
    const url = token.value.trim();
    const parsed = /^(https?):\/\/([^/?#\s]+)(\/[^?#\s]*)?/i.exec(url);
    const host = parsed?.[2]?.toLowerCase() ?? '';
    const path = (parsed?.[3] ?? '').replace(/\/+$/, '');
    const deepseek = host === 'api.deepseek.com';
    if (deepseek && ['', '/v1', '/beta'].includes(path)) return true;
    this.find(deepseek ? 'base-url-path' : 'foreign-base-url', token.start, {
      url: url.slice(0, 120),
    });
    this.edit(token.contentStart, token.contentEnd, DEEPSEEK_BASE_URL);
    return false;
  }

  /** A literal where the key belongs: empty, a placeholder, a variable's name, or a key. */
  private lintKeyLiteral(token: StringToken): void {
    if (this.handledStrings.has(token.start)) return;
    this.handledStrings.add(token.start);
    const value = token.value;
    if (value.trim() === '') this.find('empty-key', token.start);
    else if (isVariableName(value))
      this.find('key-is-variable-name', token.start, { name: value.trim() });
    else if (isMaskedKey(value))
      this.find('masked-key', token.start, { shape: redactedShape(value) });
    else if (isPlaceholder(value))
      // A key kept inside a template's marks (`<sk-…>`) is still a key: never shown whole.
      this.find('placeholder-key', token.start, { value: redactKeys(value.trim()).slice(0, 40) });
    else this.find('hard-coded-key', token.start, hardCodedKeyVars(value));
    this.edit(token.start, token.end, this.envRead);
  }

  // --- Authorization headers the code sends itself -----------------------------------------

  /**
   * `headers={"Authorization": key}` (requests, httpx, fetch, axios…): DeepSeek wants
   * `Bearer <key>`, and answers 401 "auth header format should be Bearer sk-..." to a bare key.
   */
  private lintAuthHeaders(): void {
    const m = this.s.masked;
    const values: number[] = [];
    for (const token of this.s.strings) {
      if (!/^authorization$/i.test(token.value)) continue;
      const after = m.slice(token.end, token.end + 40);
      const entry = /^[ \t]*:[ \t]*/.exec(after) ?? /^[ \t]*\][ \t]*=(?!=)[ \t]*/.exec(after);
      if (entry) values.push(token.end + entry[0].length);
    }
    const named = this.python
      ? /(?<![\w$.])Authorization[ \t]*=(?!=)[ \t]*/g
      : /(?<![\w$])Authorization[ \t]*(?::|=(?!=))[ \t]*/g;
    for (const found of m.matchAll(named)) values.push(found.index + found[0].length);
    for (const start of values) this.lintAuthValue(start, this.expressionEnd(start));
  }

  /** End of the expression starting at `start`: before a top-level `,` `;`, line end or closer. */
  private expressionEnd(start: number): number {
    const m = this.s.masked;
    let depth = 0;
    let end = start;
    for (; end < m.length; end++) {
      const c = m[end]!;
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (c === ',' || c === ';' || c === '\n')) break;
    }
    while (end > start && /\s/.test(m[end - 1]!)) end--;
    return end;
  }

  private lintAuthValue(start: number, end: number): void {
    if (end <= start) return;
    this.sendsAuthHeader = true;
    const first = this.s.byStart.get(start);
    if (first && hasScheme(first.value)) return;
    const value = this.valueOf(start, end);
    if (value.kind === 'literal') {
      const token = value.token;
      if (token.interpolated && !token.parts && /^\s*\$?\{[^{}]+\}\s*$/.test(token.value)) {
        this.find('auth-header-no-bearer', start);
        this.edit(token.contentStart, token.contentStart, 'Bearer ');
        return;
      }
      // A key written there is replaced by the environment read, which then needs `Bearer `.
      if (!isWholeKey(token.value)) return;
    } else if (value.kind === 'env') {
      this.clientReads.add(value.read.start);
      this.headerReads.add(value.read.start);
    } else if (value.kind === 'variable') {
      const resolved = this.assigned.get(value.name);
      if (resolved?.kind === 'env') {
        this.clientReads.add(resolved.read.start);
        this.headerReads.add(resolved.read.start);
      } else if (resolved?.kind === 'literal' && hasScheme(resolved.token.value)) {
        return;
      } else if (
        !(resolved?.kind === 'literal' && isWholeKey(resolved.token.value)) &&
        !KEY_NAME.test(value.name) &&
        !KEYISH_ENV.test(value.name)
      ) {
        return;
      }
    } else {
      return;
    }
    this.find('auth-header-no-bearer', start);
    if (this.python) {
      this.edit(start, start, `${this.q}Bearer ${this.q} + `);
    } else {
      this.edit(start, start, '`Bearer ${');
      this.edit(end, end, '}`');
    }
  }

  // --- environment reads -------------------------------------------------------------------

  private lintEnvReads(): void {
    const expected = this.keyVariable;
    const matches = (name: string) => name.replace(ENV_PREFIX, '') === expected;
    const readsExpected = this.reads.some((r) => matches(r.name));
    // `if not os.getenv(NAME):`, `os.getenv(NAME) or input(…)`: the code handles NAME unset.
    const checked = new Set(
      this.reads
        .filter((read) => read.kind === 'py-getenv' && this.isTested(read))
        .map((r) => r.name),
    );
    for (const read of this.reads) {
      if (this.lintGetenvDefault(read)) continue;
      const keyish = KEYISH_ENV.test(read.name) && !NOT_KEY_ENV.test(read.name);
      if (!keyish && !this.clientReads.has(read.start)) continue;
      const isKeyRead = this.clientReads.has(read.start) || !readsExpected || matches(read.name);
      if (!isKeyRead) continue;
      const wrongName = !matches(read.name);
      // Another provider's variable for a client not yet pointed at DeepSeek holds that
      // provider's key: the repair reads DeepSeek's. A project's own name stays.
      const lineStart = this.lineStarts[this.lineAt(read.start) - 1]!;
      const into = /(\w+)\s*=\s*$/.exec(this.code.slice(lineStart, read.start))?.[1];
      const othersKey =
        wrongName &&
        OTHER_PROVIDER_VARIABLE.test(read.name.replace(ENV_PREFIX, '')) &&
        !this.deepseekClientReads.has(read.start) &&
        !(into && this.deepseekClientReads.has(into));
      if (wrongName) {
        // OPENAI_API_KEY (and Azure's) often hold the DeepSeek key itself: said as a question.
        const named = othersKey && !/^(?:OPENAI|AZURE)_/i.test(read.name.replace(ENV_PREFIX, ''));
        const code = named ? 'env-var-other-provider' : 'env-var-name';
        this.find(code, read.start, { read: read.name, expected });
      }
      // `os.getenv(NAME)` gives None when NAME is unset, `os.getenv(NAME, '')` an empty key, any
      // other default what the code chose; code that checks the value (`if not key: raise …`)
      // handles both (a round of working repositories, December 2026).
      const emptyDefault = read.fallback !== null && this.isEmptyString(read.fallback);
      const guarded =
        checked.has(read.name) ||
        (into !== undefined &&
          new RegExp(
            `\\bif\\s+not\\s+${into}\\b|\\b${into}\\s+is\\s+None\\b|\\bassert\\s+${into}\\b`,
          ).test(this.s.masked));
      if (read.kind === 'py-getenv' && (!read.fallback || emptyDefault) && !guarded) {
        // Without the SDK there is no OPENAI_API_KEY to fall back on, and the SDK does not fall
        // back from an empty key: the header holds `None`, or nothing.
        const http =
          emptyDefault ||
          this.headerReads.has(read.start) ||
          (this.clients.length === 0 && this.sendsAuthHeader);
        // A DeepSeek library (ChatDeepSeek, llama-index's DeepSeek, LiteLLM's deepseek/) given
        // None reads DEEPSEEK_API_KEY itself, not OPENAI_API_KEY.
        const library = this.clients.length === 0 && this.wrapsDeepSeek;
        this.find(
          http ? 'getenv-none-http' : library ? 'getenv-none-library' : 'getenv-none',
          read.start,
          {
            name: read.name,
            value: emptyDefault ? "''" : 'None',
          },
        );
        // The project's own variable stays: only the read fails loudly now.
        const name = othersKey ? expected : read.name;
        // The name's own quote is the one its place allows (inside an f-string before 3.12).
        const q = this.code[read.nameStart - 1] ?? this.q;
        this.edit(read.start, read.end, `os.environ[${q}${name}${q}]`);
      } else if (othersKey) {
        const prefix = ENV_PREFIX.exec(read.name)?.[0] ?? '';
        this.edit(read.nameStart, read.nameEnd, prefix + expected);
      } else if (read.kind === 'py-environ' && !wrongName) {
        this.find('environ-fails-loudly', read.start, { name: read.name });
      }
    }
  }

  /** A read that is a condition, or has one beside it: `if not read`, `read or …`, `read is None`. */
  private isTested(read: EnvRead): boolean {
    const lineStart = this.lineStarts[this.lineAt(read.start) - 1]!;
    const before = this.s.masked.slice(lineStart, read.start);
    const after = this.s.masked.slice(read.end, read.end + 40);
    return (
      /\b(?:if|elif|while|assert|not|and|or)\s+$/.test(before) ||
      /^\s*(?:or\b|and\b|if\b|is\s+(?:not\s+)?None\b|[!=]=)/.test(after)
    );
  }

  private isEmptyString(arg: Arg): boolean {
    const value = this.valueOf(arg.valueStart, arg.valueEnd);
    return value.kind === 'literal' && value.token.value === '';
  }

  /**
   * `os.getenv(NAME, "sk-…")`: a key as the default is used whenever NAME is unset, and leaks.
   * The repair reads the variable alone, without the default. True when that was the case.
   */
  private lintGetenvDefault(read: EnvRead): boolean {
    if (!read.fallback) return false;
    const value = this.valueOf(read.fallback.valueStart, read.fallback.valueEnd);
    if (value.kind !== 'literal' || !looksLikeKey(value.token.value)) return false;
    const key = KEY_SUBSTRING.exec(value.token.value)?.[0] ?? value.token.value.trim();
    this.handledStrings.add(value.token.start);
    this.find('key-in-getenv-default', value.token.start, {
      name: read.name,
      ...hardCodedKeyVars(key),
    });
    this.edit(read.start, read.end, this.envRead);
    return true;
  }

  // --- literals anywhere -------------------------------------------------------------------

  private lintLiterals(keysOnly: boolean): void {
    for (const token of this.groups) {
      if (this.handledStrings.has(token.start)) continue;
      // A docstring is no value: a key in it is redacted, as in a comment (redactStrayKeys).
      if (this.isBareString(token)) continue;
      if (looksLikeKey(token.value)) {
        this.lintHardCodedKey(token);
        continue;
      }
      if (keysOnly || this.insideEdit(token.start)) continue;
      const context = this.contextName(token);
      if ((context && /model/i.test(context)) || (!context && this.isProviderModel(token))) {
        if (!token.parts && !this.callsKeptClient(token.start)) this.lintModel(token);
      } else if (context && KEY_NAME.test(context) && !token.interpolated) {
        this.lintKeyLiteral(token);
      }
    }
  }

  /**
   * A model id given to a provider function: the AI SDK's `deepseek('deepseek-chat')`,
   * `deepseek.chat(…)`, `provider.languageModel(…)`.
   */
  private isProviderModel(token: StringToken): boolean {
    const before = this.s.masked.slice(Math.max(0, token.start - 60), token.start);
    return /(?:\b\w*deepseek\w*|\.chat|\.languageModel)\s*\(\s*$/i.test(before);
  }

  /** The name a literal is assigned to: `name = "…"`, `name: "…"`, `"name": "…"`, `name: str = "…"`. */
  private contextName(token: StringToken): string | null {
    const m = this.s.masked;
    let p = token.start;
    const skipSpace = () => {
      while (p > 0 && (m[p - 1] === ' ' || m[p - 1] === '\t')) p--;
    };
    skipSpace();
    const op = m[p - 1];
    if (op !== ':' && op !== '=') return null;
    if (op === '=' && /[=!<>]/.test(m[p - 2] ?? '')) return null;
    p--;
    skipSpace();
    let name = this.nameEndingAt(p);
    if (op === '=' && name !== null) {
      p -= name.length;
      skipSpace();
      if (m[p - 1] === ':') {
        p--;
        skipSpace();
        name = this.nameEndingAt(p) ?? name;
      }
    }
    return name;
  }

  private nameEndingAt(p: number): string | null {
    const m = this.s.masked;
    if (m[p - 1] === '"' || m[p - 1] === "'") return this.s.byEnd.get(p)?.value ?? null;
    let q = p;
    while (q > 0 && /[\w$]/.test(m[q - 1]!)) q--;
    return q < p ? m.slice(q, p) : null;
  }

  private lintModel(token: StringToken): void {
    const value = token.value.trim();
    // An embedding model has no DeepSeek model to take its place: DeepSeek has no embeddings.
    if (/embed/i.test(value)) return;
    const retired = RETIRED_MODEL.exec(value);
    if (OPENAI_MODEL.test(value)) {
      this.find('openai-model', token.start, { model: value, suggested: DEFAULT_MODEL });
      this.edit(token.contentStart, token.contentEnd, DEFAULT_MODEL);
    } else if (retired) {
      // `deepseek/` names the provider to LiteLLM and the frameworks over it; DeepSeek's own API
      // (where an OpenAI client is sent) knows the model by its name alone.
      const prefixed = PROVIDER_PREFIXED.test(this.code) ? (retired[1] ?? '') : '';
      const replacement = `${prefixed}${DEFAULT_MODEL}`;
      this.find('retired-model', token.start, {
        model: value,
        suggested: replacement,
        off: THINKING_OFF,
      });
      this.edit(token.contentStart, token.contentEnd, replacement);
    }
  }

  private lintHardCodedKey(token: StringToken): void {
    this.handledStrings.add(token.start);
    const value = token.value;
    const key = KEY_SUBSTRING.exec(value)?.[0] ?? value.trim();
    if (this.envLineKey(token.contentStart + value.indexOf(key), key)) return;
    this.find('hard-coded-key', token.start, hardCodedKeyVars(key));
    // `os.environ["DEEPSEEK_API_KEY"] = "sk-…"` / `process.env.X = '…'`: set it outside the code.
    const lineStart = this.lineStarts[this.lineAt(token.start) - 1]!;
    const head = this.s.masked.slice(lineStart, token.start);
    const setter = this.python
      ? /^([ \t]*)(?:os\.)?environ(?:\[[^\]]*\]\s*=|\.setdefault\([^,]*,)\s*$/.exec(head)
      : /^([ \t]*)process\.env(?:\.\w+|\[[^\]]*\])\s*=\s*$/.exec(head);
    if (setter) {
      const end = lineEnd(this.code, token.end);
      const comment = this.python ? '#' : '//';
      const text = `${comment} ${this.keyVariable} is read from the environment: set it outside the code.`;
      this.edit(lineStart + setter[1]!.length, this.code[end - 1] === '\r' ? end - 1 : end, text);
      return;
    }
    this.replaceKey(token, key);
  }

  /** Replaces `key` in a literal (or joined literals) with the environment read. */
  private replaceKey(token: StringToken, key: string): void {
    const value = token.value;
    if (value.trim() === key) {
      this.edit(token.start, token.end, this.envRead);
      return;
    }
    const at = value.indexOf(key);
    const before = value.slice(0, at);
    const after = value.slice(at + key.length);
    if (token.parts) {
      // JS joins with `+`, so one literal can become an expression; Python's implicit joins can't.
      const part = this.python ? undefined : token.parts.find((p) => p.value.includes(key));
      if (part) this.replaceKey(part, key);
      else this.replaceKeyInParts(token.parts, at, key, before, after);
      return;
    }
    if (token.interpolated) {
      const inner = this.python
        ? `{os.environ[${token.quote.includes('"') ? "'" : '"'}${this.keyVariable}${token.quote.includes('"') ? "'" : '"'}]}`
        : `\${${this.envRead}}`;
      this.edit(token.contentStart + at, token.contentStart + at + key.length, inner);
      return;
    }
    const q = token.quote;
    const pieces = [
      before ? `${q}${before}${q}` : '',
      this.envRead,
      after ? `${q}${after}${q}` : '',
    ];
    this.edit(token.start, token.end, pieces.filter(Boolean).join(' + '));
  }

  /**
   * A key spread over joined literals, with text around it: `"Bearer " "sk-…" "…"`. When the
   * pieces are alike, the text is kept around the environment read; otherwise the key is
   * redacted in place, so that no piece of it is left.
   */
  private replaceKeyInParts(
    parts: StringToken[],
    at: number,
    key: string,
    before: string,
    after: string,
  ): void {
    const first = parts[0]!;
    const prefixOf = (p: StringToken) => this.code.slice(p.start, p.contentStart - p.quote.length);
    const alike = parts.every(
      (p) => p.quote === first.quote && !p.interpolated && prefixOf(p) === prefixOf(first),
    );
    if (alike) {
      const literal = (text: string) => `${prefixOf(first)}${first.quote}${text}${first.quote}`;
      const pieces = [before ? literal(before) : '', this.envRead, after ? literal(after) : ''];
      const last = parts[parts.length - 1]!;
      this.edit(first.start, last.end, pieces.filter(Boolean).join(' + '));
      return;
    }
    let offset = 0;
    let redacted = false;
    for (const part of parts) {
      const from = Math.max(at, offset) - offset;
      const to = Math.min(at + key.length, offset + part.value.length) - offset;
      offset += part.value.length;
      if (from >= to) continue;
      const text = redacted ? '' : redactedShape(key);
      redacted = true;
      this.edit(part.contentStart + from, part.contentStart + to, text);
    }
  }

  // --- keys anywhere else ------------------------------------------------------------------

  /**
   * Redacts every key the repair does not already replace: in a comment, a docstring, or a
   * second key in one string. The fixed code is copied, so no key may survive in it (SPEC §4).
   */
  private redactStrayKeys(): void {
    const global = new RegExp(KEY_SUBSTRING.source, 'g');
    for (const found of this.code.matchAll(global)) {
      const key = found[0];
      const start = found.index;
      const end = start + key.length;
      if (isPlaceholder(key)) continue;
      if (this.edits.some((e) => e.start <= start && e.end >= end && e.end > e.start)) continue;
      const group = this.groups.find((g) => g.start <= start && end <= g.end);
      const inComment = group ? this.isBareString(group) : this.s.masked[start] === ' ';
      if (inComment) this.find('key-in-comment', start, { shape: redactedShape(key) });
      else if (this.envLineKey(start, key)) continue;
      else this.find('hard-coded-key', start, hardCodedKeyVars(key));
      const lineStart = this.lineStarts[this.lineAt(start) - 1]!;
      this.edit(start, end, keyStandIn(key, this.code.slice(lineStart, start)));
    }
  }

  /**
   * A key on a `.env` or `export` line pasted with the code (`NAME=sk-…`, `NAME="sk-…"`: no spaces
   * around `=`), where the code uses NAME only through the environment: the file the code reads,
   * where the key belongs, not a key written into the code. A constant the code uses by its name
   * (`KEY="sk-…"`, then `api_key=KEY`) is code. Its copy gets the key's slot. True when it was such
   * a line.
   */
  private envLineKey(at: number, key: string): boolean {
    const lineStart = this.lineStarts[this.lineAt(at) - 1]!;
    const head = /^[ \t]*(?:export[ \t]+)?([A-Z][A-Z0-9_]*)=["']?$/.exec(
      this.code.slice(lineStart, at),
    );
    if (!head) return false;
    const name = head[1]!;
    const nameAt = lineStart + head[0].indexOf(name);
    // `process.env.NAME`, `import.meta.env.NAME`: reads of the environment, not uses of a constant.
    const uses = this.s.masked.matchAll(new RegExp(`(?<!\\benv\\.)\\b${name}\\b`, 'g'));
    if ([...uses].some((use) => use.index !== nameAt)) return false;
    // Another provider's variable holds that provider's key: no key meant for DeepSeek.
    const vars: Record<string, string> = { ...hardCodedKeyVars(key), name };
    if (namesOtherProvider(name)) delete vars.provider;
    this.find('env-line-key', at, vars);
    const slot = keyStandIn(key, this.code.slice(lineStart, at));
    const quote = head[0].slice(-1);
    // docker run --env-file keeps the quotes as part of the key: the copy drops them.
    if (
      this.envFile === 'quotes-kept' &&
      /["']/.test(quote) &&
      this.code[at + key.length] === quote
    ) {
      this.edit(at - 1, at + key.length + 1, slot);
    } else this.edit(at, at + key.length, slot);
    return true;
  }

  /**
   * pydantic's SecretStr turned into text with str(): that is "**********", not the key
   * (pydantic docs, Secret Types: `print(sm.password)` → `**********`); get_secret_value() gives
   * the key. Said where the code has a SecretStr and hands str() of a key's field.
   */
  private lintSecretStr(): void {
    if (!/\bSecretStr\b/.test(this.s.masked)) return;
    for (const found of this.s.masked.matchAll(
      /\bstr\(\s*([\w.]*(?:key|token|secret)\w*)\s*\)/gi,
    )) {
      const name = found[1]!;
      this.find('secret-str-sent', found.index, { name });
      this.edit(found.index, found.index + found[0].length, `${name}.get_secret_value()`);
    }
  }

  // --- .env loading ------------------------------------------------------------------------

  /**
   * A `.env` or shell line pasted with the code (`DEEPSEEK_KEY=sk-…`, `# set DEEPSEEK_KEY=…`, a
   * Compose service's `- DEEPSEEK_KEY=…`) that sets another name than the one the code reads, or
   * its DeepSeek library reads itself: the variable read is unset. `NAME=` with no spaces, as .env files and shells write it (a Python
   * constant is `NAME = …`).
   */
  private lintDefinedNames(): void {
    // `NAME=` with nothing after it, for the variable the code reads: python-dotenv and Node's
    // --env-file set it to "", so the key is empty (HarshJ23/deepseek-claude-MCP-server#4).
    for (const empty of this.code.matchAll(
      /^[ \t]*(?:export[ \t]+)?([A-Z][A-Z0-9_]*(?:KEY|TOKEN))=[ \t]*$/gm,
    )) {
      if (this.reads.some((r) => r.name === empty[1])) {
        const at = empty.index + empty[0].indexOf(empty[1]!);
        this.find('env-empty-key', at, { name: empty[1]! });
        // The slot for the key, where the line leaves it empty.
        const end = at + empty[1]!.length + 1;
        this.edit(end, end, KEY_PLACEHOLDER);
      }
    }
    const defined = [
      ...this.code.matchAll(
        /^[ \t]*(?:(?:#|\/\/)[ \t]*)?(?:-[ \t]+|export[ \t]+|set[ \t]+)?([A-Z][A-Z0-9_]*(?:KEY|TOKEN))=(?!=)\S/gm,
      ),
    ];
    if (defined.length === 0) return;
    const keyReads = this.reads
      .filter(
        (r) =>
          this.clientReads.has(r.start) || (KEYISH_ENV.test(r.name) && !NOT_KEY_ENV.test(r.name)),
      )
      .map((r) => r.name);
    const read = keyReads.length > 0 ? keyReads : this.wrapsDeepSeek ? [this.keyVariable] : [];
    const names = new Set(defined.map((m) => m[1]!));
    const kept = read.find((name) => names.has(name));
    // python-dotenv's load_dotenv() leaves a variable that is already set as it is: an older key
    // exported in a shell profile wins over the .env (its docs, "override=False" by default;
    // huggingface/ml-intern#120). Said only where DeepSeek echoed another key (diagnose.ts).
    const load = this.python
      ? /\bload_dotenv\((?![^)]*\boverride\s*=\s*True)/.exec(this.code)
      : null;
    if (kept && load) this.find('dotenv-no-override', load.index, { name: kept });
    if (read.length === 0 || kept) return;
    const first = defined[0]!;
    this.find('env-name-mismatch', first.index + first[0].indexOf(first[1]!), {
      defined: first[1]!,
      read: read[0]!,
    });
  }

  /**
   * JS/TS that runs in a page: the error came from a browser's console, or the code says so (a
   * 'use client' module, openai-node's dangerouslyAllowBrowser, the DOM, a UI framework).
   */
  private runsInBrowser(): boolean {
    return (
      this.inBrowser ||
      /^[ \t]*['"]use client['"]/m.test(this.code) ||
      /\bdangerouslyAllowBrowser\s*:\s*true\b|\b(?:document|window)\.\w/.test(this.s.masked) ||
      this.s.strings.some((t) => /^(?:react|react-dom|vue|svelte|preact|solid-js)$/.test(t.value))
    );
  }

  /**
   * Code that runs in the browser sees only the variables its bundler inlines: Vite's
   * `import.meta.env` holds names that start with VITE_ alone (vite.dev/guide/env-and-mode, "Env
   * Variables"), and Next.js inlines only NEXT_PUBLIC_ names into a 'use client' module, leaving
   * the rest undefined (nextjs.org/docs/app/guides/environment-variables, "Bundling Environment
   * Variables for the Browser"). Checked December 2026. The key read under another name is
   * undefined there, whatever the shell or `.env` holds. True when such a read was found.
   */
  private lintBrowserEnv(): boolean {
    if (!this.browserCode) return false;
    const client = /^[ \t]*['"]use client['"]/m.test(this.code);
    let found = false;
    for (const read of this.reads) {
      if (!this.clientReads.has(read.start) && !KEYISH_ENV.test(read.name)) continue;
      const bundler =
        read.kind === 'js-meta' ? 'Vite' : client && read.kind !== 'js-deno' ? 'Next.js' : null;
      const prefix = bundler === 'Vite' ? 'VITE_' : 'NEXT_PUBLIC_';
      if (!bundler || read.name.startsWith(prefix)) continue;
      this.find('browser-env-hidden', read.start, { name: read.name, bundler, prefix });
      found = true;
    }
    return found;
  }

  private lintDotenv(): void {
    const code = this.code;
    const m = this.s.masked;
    const mentionsEnvFile = /(?<![\w$)\]])\.env\b/.test(code);
    if (this.python) {
      const imported =
        /^([ \t]*)from[ \t]+dotenv[ \t]+import[ \t]+[^\n]*\bload_dotenv\b/m.exec(m) ??
        /^([ \t]*)import[ \t]+dotenv\b/m.exec(m);
      const call = /\bload_dotenv\s*\(/.exec(m);
      if (imported) {
        const firstClient = this.clients[0];
        const callLine = call ? this.lineAt(call.index) : 0;
        const tooLate =
          call !== null &&
          firstClient !== undefined &&
          callLine > firstClient.line &&
          this.indentAt(call.index) === '' &&
          this.indentAt(this.lineStarts[firstClient.line - 1]!) === '';
        if (!call || tooLate) {
          this.find(
            call ? 'dotenv-too-late' : 'dotenv-not-loaded',
            call ? call.index : imported.index + imported[1]!.length,
          );
          const loader = imported[0].includes('load_dotenv')
            ? 'load_dotenv()'
            : 'dotenv.load_dotenv()';
          this.insertAfterImports(imported.index, imported[1]!, loader);
        }
      } else if (
        mentionsEnvFile &&
        (this.reads.length > 0 || this.wrapsDeepSeek) &&
        !LOADS_DOTENV.test(m)
      ) {
        this.find('dotenv-missing', /(?<![\w$)\]])\.env\b/.exec(code)!.index);
        // The .env itself pasted below, setting a variable the code (or its DeepSeek library,
        // ChatDeepSeek) reads: load it first (python-dotenv's load_dotenv, after the imports).
        const names = this.wrapsDeepSeek ? [KEY_ENV_VAR] : this.reads.map((read) => read.name);
        if (names.some((name) => new RegExp(`^${name}=`, 'm').test(code))) {
          const load = `from dotenv import load_dotenv  # pip install python-dotenv${this.eol}load_dotenv()`;
          const imports = this.importBlockStart();
          if (imports === -1) this.insertLine(-1, load);
          else this.insertAfterImports(imports, '', load);
        }
      }
      return;
    }
    const loaded =
      /['"]dotenv\/config['"]|\.config\(|\bconfig\(\s*\)|process\.loadEnvFile\(|--env-file|\bloadEnvFile\(/.test(
        code,
      );
    const dotenvImport = /^([ \t]*)import[ \t]+(?:\*[ \t]+as[ \t]+)?([\w$]+)[ \t]+from[ \t]*/gm;
    let handled = false;
    for (const found of m.matchAll(dotenvImport)) {
      const token = this.stringAt(found.index + found[0].length);
      if (token?.value !== 'dotenv' || loaded) continue;
      this.find('dotenv-not-loaded', found.index);
      this.insertAfterImports(found.index, found[1]!, `${found[2]}.config()${this.semi()}`);
      handled = true;
    }
    for (const found of m.matchAll(
      /^([ \t]*)(?:(?:const|let|var)[ \t]+([\w$]+)[ \t]*=[ \t]*)?require\([ \t]*/gm,
    )) {
      const token = this.stringAt(found.index + found[0].length);
      if (token?.value !== 'dotenv' || loaded) continue;
      const close = m.indexOf(')', token.end);
      this.find('dotenv-not-loaded', found.index);
      if (found[2])
        this.insertAfterImports(found.index, found[1]!, `${found[2]}.config()${this.semi()}`);
      else this.edit(close + 1, close + 1, '.config()');
      handled = true;
    }
    const named = /^[ \t]*import[ \t]*\{[^}]*\bconfig\b[^}]*\}[ \t]*from[ \t]*/m.exec(m);
    if (
      named &&
      this.stringAt(named.index + named[0].length)?.value === 'dotenv' &&
      !/\bconfig\(/.test(m)
    ) {
      this.find('dotenv-not-loaded', named.index);
      this.insertAfterImports(named.index, '', `config()${this.semi()}`);
      handled = true;
    }
    // ES imports are all evaluated before the module's own code runs: a local module imported here
    // that builds its client at load time reads process.env before `dotenv.config()` below has
    // filled it (dotenv's README, "How do I use dotenv with import?": import 'dotenv/config').
    const configCall = /^[ \t]*(?:[\w$]+\.)?config\([^)]*\)/m.exec(m);
    const localImport = /^[ \t]*import[ \t][^\n]*\bfrom[ \t]*['"]\.{1,2}\//m.exec(code);
    if (
      configCall &&
      localImport &&
      localImport.index < configCall.index &&
      /\bfrom[ \t]*['"]dotenv['"]/.test(code) &&
      !/['"]dotenv\/config['"]/.test(code)
    ) {
      this.find('dotenv-esm-order', configCall.index);
      const first = /^[ \t]*import\b/m.exec(m)!;
      this.edit(
        first.index,
        first.index,
        `import ${this.q}dotenv/config${this.q}${this.semi()}${this.eol}`,
      );
    }
    const processRead = this.reads.find((r) => r.kind === 'js-dot' || r.kind === 'js-index');
    // A module that exports (a route handler, a serverless function, a library file) runs where
    // a framework or the platform has set the environment: only a script loads its own .env.
    const exports = /^[ \t]*export[ \t]|\bmodule\.exports\b|^[ \t]*exports\.\w+[ \t]*=/m.test(m);
    // A DeepSeek library (ChatDeepSeek, the AI SDK's deepseek) reads DEEPSEEK_API_KEY itself: a
    // `.env` pasted beside it is read by nothing.
    const mention =
      processRead || !this.wrapsDeepSeek ? null : /(?<![\w$)\]])\.env\b/.exec(this.code);
    const at = processRead?.start ?? mention?.index;
    // Bun reads .env itself (bun.sh/docs/runtime/env, "Bun reads the following files
    // automatically"; checked December 2026).
    const bun = /\bBun\.\w|\bbun (?:run|x)\b|^[ \t]*\$ bun\b/m.test(code);
    if (!handled && !loaded && !exports && !bun && at !== undefined && !/\bdotenv\b/.test(code)) {
      this.find('node-env-not-loaded', at);
    }
  }

  private semi(): string {
    const lines = this.s.masked.split('\n').filter((l) => l.trim() !== '');
    const withSemi = lines.filter((l) => /;\s*$/.test(l)).length;
    return withSemi * 2 >= lines.length ? ';' : '';
  }

  /**
   * Inserts a statement after the last top-level import (or after `at` when that import is
   * indented, e.g. inside a `try:`).
   */
  private insertAfterImports(at: number, indent: string, statement: string): void {
    const end =
      indent === ''
        ? Math.max(this.importBlockEnd(), this.statementLineEnd(at))
        : this.statementLineEnd(at);
    this.insertLine(end, `${indent}${statement}`);
  }

  /** Offset of the line end of the statement starting at `at`, following brackets. */
  private statementLineEnd(at: number): number {
    const m = this.s.masked;
    let end = lineEnd(m, at);
    const open = m.slice(at, end).search(/[([{]/);
    if (open !== -1) {
      const close = this.matching(at + open);
      if (close > end) end = lineEnd(m, close);
    }
    while (this.python && m[end - 1] === '\\' && end < m.length) end = lineEnd(m, end + 1);
    if (m[end - 1] === '\r') end--;
    return end;
  }

  /** Offset of the first import, or -1 where there is none. */
  private importBlockStart(): number {
    return /^(?:import|from)[ \t]+[\w.]/m.exec(this.s.masked)?.index ?? -1;
  }

  private importBlockEnd(): number {
    const pattern = this.python
      ? /^(?:import|from)[ \t]+[\w.]/gm
      : /^(?:import[ \t]|(?:const|let|var)[ \t]+[^=\n]+=[ \t]*require\()/gm;
    let end = -1;
    for (const found of this.s.masked.matchAll(pattern)) {
      end = Math.max(end, this.statementLineEnd(found.index));
    }
    return end;
  }

  /** Inserts `text` as a new line after the line ending at `lineEndAt` (or at the top: -1). */
  private insertLine(lineEndAt: number, text: string): void {
    if (lineEndAt < 0) {
      this.edit(0, 0, `${text}${this.eol}`);
      return;
    }
    const nl = this.code.indexOf('\n', lineEndAt);
    if (nl === -1) this.edit(this.code.length, this.code.length, `${this.eol}${text}`);
    else this.edit(nl + 1, nl + 1, `${text}${this.eol}`);
  }

  /** The repaired code uses `os.` (an edit brings it in, or the code already did): import os. */
  private addImportOs(): void {
    const needs =
      this.edits.some((e) => /(?<![\w.])os\./.test(e.text)) ||
      (this.edits.length > 0 && /(?<![\w.])os\.\w/.test(this.s.masked));
    if (!needs || /^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os\b/m.test(this.s.masked)) return;
    const m = this.s.masked;
    const future = [...m.matchAll(/^from[ \t]+__future__[ \t]+import\b/gm)].pop();
    if (future) {
      this.insertLine(this.statementLineEnd(future.index), 'import os');
      return;
    }
    const firstImport = /^(?:import|from)[ \t]+[\w.]/m.exec(m);
    if (firstImport) {
      this.edit(firstImport.index, firstImport.index, `import os${this.eol}`);
      return;
    }
    // After a shebang, an encoding line and a module docstring.
    let at = 0;
    while (/^#[!]|^#.*coding[:=]/.test(this.code.slice(at, lineEnd(this.code, at)))) {
      at = lineEnd(this.code, at) + 1;
      if (at > this.code.length) break;
    }
    const doc = this.s.strings[0];
    if (doc && doc.quote.length === 3 && this.code.slice(at, doc.start).trim() === '') {
      this.insertLine(lineEnd(this.code, doc.end), 'import os');
      return;
    }
    if (at === 0) this.edit(0, 0, `import os${this.eol}`);
    else this.insertLine(at - 1, 'import os');
  }

  // --- anything else (shell, curl, config) -------------------------------------------------

  /**
   * A shell expands `$VAR` only outside single quotes: the single-quoted word around `at`
   * (`-H 'Authorization: Bearer sk-…'`) is double-quoted instead, when nothing in it would expand.
   */
  private unquoteForShell(at: number, own: RegExp = KEY_SUBSTRING): void {
    const lineStart = this.lineStarts[this.lineAt(at) - 1]!;
    const line = this.code.slice(lineStart, lineEnd(this.code, at));
    const offset = at - lineStart;
    const before = line.slice(0, offset);
    const quotes = before.split("'").length - 1;
    const open = before.lastIndexOf("'");
    const close = line.indexOf("'", offset);
    if (quotes % 2 === 0 || close === -1) return;
    if (/["$`\\]/.test(line.slice(open + 1, close).replace(own, ''))) return;
    this.edit(lineStart + open, lineStart + open + 1, '"');
    this.edit(lineStart + close, lineStart + close + 1, '"');
  }

  /** Whether `at` lies inside single quotes on its line (a shell's, or PowerShell's). */
  private singleQuoted(at: number): boolean {
    const lineStart = this.lineStarts[this.lineAt(at) - 1]!;
    const line = this.code.slice(lineStart, lineEnd(this.code, at));
    const offset = at - lineStart;
    return line.slice(0, offset).split("'").length % 2 === 0 && line.includes("'", offset);
  }

  private lintOther(): void {
    const global = new RegExp(KEY_SUBSTRING.source, 'g');
    const name = this.keyVariable;
    // The variable, as the terminal the paste shows reads it: PowerShell's `$NAME` is its own
    // (empty) variable, cmd prints `$NAME` as it is (about_Environment_Variables; cmd's set).
    const terminal = terminalOfPaste(this.code);
    // Text that is no shell's (an editor's settings in Lisp, Lua or JSON with comments) expands
    // no `$NAME`: the key's slot, not a variable read, goes there (round K: gptel, Sublime Text).
    const shell = terminal !== null || SHELL_TEXT.test(this.code);
    const read = !shell
      ? KEY_PLACEHOLDER
      : terminal === 'powershell'
        ? `$env:${name}`
        : terminal === 'cmd'
          ? `%${name}%`
          : `$${name}`;
    for (const found of this.code.matchAll(global)) {
      if (isPlaceholder(found[0])) continue;
      this.find('hard-coded-key', found.index, hardCodedKeyVars(found[0]));
      // A line that sets the variable itself is where the key goes: a slot for it, not `X=$X`.
      const before = this.code.slice(this.lineStarts[this.lineAt(found.index) - 1], found.index);
      const sets = SETS_VARIABLE.exec(before)?.[1];
      // Another provider's key stays that provider's: a slot for it, not the DeepSeek key.
      // (`DEEP_SEEK_API_KEY` is that variable misnamed: below.)
      const own = sets !== undefined && sameName(sets, name);
      const stand = otherKeySlot(found[0], sets ?? null) ?? (own ? KEY_PLACEHOLDER : read);
      this.edit(found.index, found.index + found[0].length, stand);
      this.unquoteForShell(found.index);
    }
    for (const { name, at } of setxThenRun(this.code)) {
      this.find('setx-same-window', at, { name });
    }
    // `setx DEEP_SEEK_API_KEY …` before `aider --model deepseek/…`: a name close to the one
    // DeepSeek's tools read, read by nothing in the paste (Aider-AI/aider#3036).
    for (const found of this.code.matchAll(SETS_NAME)) {
      const set = found[1]!;
      if (set === KEY_ENV_VAR || !sameName(set, KEY_ENV_VAR)) continue;
      if (this.code.split(set).length > 2) continue;
      const at = found.index + found[0].length - set.length;
      this.find('set-name-differs', at, { name: set, expected: KEY_ENV_VAR });
      this.edit(at, at + set.length, KEY_ENV_VAR);
    }
    // A settings screen copied as text: another provider's API address where the key goes
    // (Cherry Studio's 硅基流动 with https://api.siliconflow.cn), and DeepSeek's connection with
    // its key field left empty (Open WebUI's "Key: (empty)": no Authorization header is sent).
    for (const found of this.code.matchAll(/https?:\/\/[^\s"'`)<>,;]+/g)) {
      const provider = otherEndpointOf(found[0]);
      if (provider && provider !== 'OpenAI' && provider !== 'Anthropic') {
        this.find('other-provider-endpoint', found.index, { url: found[0], provider, model: '' });
      }
    }
    for (const found of this.code.matchAll(EMPTY_KEY_FIELD)) this.find('empty-key', found.index);
    // `hermes auth add deepseek`, `llm keys set deepseek`: the key kept in the tool's own store. A
    // tool that then says it found no key does not read that store for DeepSeek
    // (NousResearch/hermes-agent#42269, fixed by its PRs #42386 and #42425).
    const stored = TOOL_KEY_STORED.exec(this.code);
    if (stored)
      this.find('tool-key-stored', stored.index + stored[1]!.length, { tool: stored[2]! });
    // cmd's `set NAME = value` sets "NAME " to " value": the spaces are kept (`set /?`: "set
    // [variable=[string]]"; ss64.com/nt/set.html).
    for (const found of this.code.matchAll(CMD_SET_SPACES)) {
      const equals = found.index + found[0].length - found[2]!.length;
      this.find('cmd-set-spaces', equals, { name: found[1]! });
      this.edit(equals, equals + found[2]!.length, '=');
    }
    // PowerShell reads an environment variable as `$env:NAME`; `$NAME` is a variable of the
    // script, empty unless the script sets it (about_Environment_Variables), so the header is
    // "Bearer " and DeepSeek answers "auth header format should be Bearer sk-...".
    if (terminal === 'powershell') {
      for (const found of this.code.matchAll(POWERSHELL_BARE_VARIABLE)) {
        const name = found[1]!;
        // Set by the script, or in single quotes (the name itself is sent: below).
        if (new RegExp(`^[ \\t]*\\$${name}[ \\t]*=`, 'im').test(this.code)) continue;
        if (this.singleQuoted(found.index)) continue;
        this.find('powershell-not-env', found.index, { name });
        this.edit(found.index + 1, found.index + 1, 'env:');
      }
    }
    // `-H 'Authorization: Bearer $DEEPSEEK_API_KEY'`: in single quotes neither a POSIX shell nor
    // PowerShell expands a variable (POSIX sh, 2.2.2 Single-Quotes; PowerShell's
    // about_Quoting_Rules), so the header carries the name and DeepSeek echoes "****_KEY".
    for (const found of this.code.matchAll(SHELL_BEARER_VARIABLE)) {
      const at = found.index + found[0].lastIndexOf('$');
      if (!this.singleQuoted(at)) continue;
      const read = new RegExp(`\\$(?:env:)?\\{?${found[1]!}\\}?`);
      this.find('shell-single-quoted', at, { name: read.exec(this.code.slice(at))![0] });
      this.unquoteForShell(at, read);
    }
  }
}

/** A settings line for DeepSeek's address whose key field shows nothing. */
const EMPTY_KEY_FIELD =
  /^[^\n]*\bapi\.deepseek\.com\b[^\n]*\b(?:api[ _-]?)?key[ \t]*[:：][ \t]*(?:\((?:empty|none|空)\)|<empty>|empty|空)[ \t]*$/gim;

/**
 * A tool's command that keeps a DeepSeek key in its own store: group 1 the prompt and spaces before
 * it, group 2 the tool.
 */
const TOOL_KEY_STORED =
  /^([ \t]*(?:\$[ \t]*)?)([\w.-]+)[ \t]+(?:auth|keys?|credentials?)[ \t]+(?:add|set|save|login)\b[^\n]*\bdeepseek\b/im;

/** `$NAME` for a key's variable, not `$env:NAME`: group 1 is NAME. */
const POWERSHELL_BARE_VARIABLE = /(?<![\w:])\$([A-Z][A-Z0-9_]*(?:KEY|TOKEN))\b/g;

/** cmd's `set NAME = value`, after any prompt: group 1 the name, group 2 the `=` and its spaces. */
const CMD_SET_SPACES =
  /^[ \t]*(?:[A-Z]:\\[^>\n]*>[ \t]*)?set[ \t]+"?([A-Za-z_]\w*)( +=[ \t]*| *=[ \t]+)(?=\S)/gim;

/**
 * The start of a line that sets a variable to what follows (group 1 its name): a .env line,
 * `export`, cmd's `set`/`setx`, PowerShell's `$env:NAME =`, fish's `set -x`, after any prompt.
 */
const SETS_VARIABLE =
  /^\s*(?:PS [^>\n]*>\s*|[A-Z]:\\[^>\n]*>\s*|[$#]\s+)?(?:export\s+|set\s+(?:-[a-zA-Z]+\s+)*"?|setx\s+|\$env:)?([A-Za-z_]\w*)(?:\s*=\s*|\s+(?=["']?$))["']?$/;

/** Two names that differ in underscores only: `DEEP_SEEK_API_KEY` is DEEPSEEK_API_KEY misnamed. */
function sameName(a: string, b: string): boolean {
  return a.replace(/_/g, '') === b.replace(/_/g, '');
}

/**
 * A line that sets a variable in a shell (`export`, `set`, `setx`, PowerShell's `$env:`), after
 * any prompt: group 1 is its name, which ends the match.
 */
const SETS_NAME =
  /^[ \t]*(?:PS [^>\n]*>[ \t]*|[A-Z]:\\[^>\n]*>[ \t]*|[$#][ \t]+)?(?:export[ \t]+|set[ \t]+(?:-[a-zA-Z]+[ \t]+)*"?|setx[ \t]+"?|\$env:)([A-Za-z_]\w*)/gim;

/** A shell's or PowerShell's Bearer header from a variable; group 1 is its name. */
const SHELL_BEARER_VARIABLE =
  /Authorization['"]?\s*[:=]?\s*['"]?\s*Bearer\s+\$(?:env:)?\{?([A-Za-z_]\w*)/gi;

/** An Authorization value that names its scheme: `Bearer …`, `Basic …`. */
function hasScheme(value: string): boolean {
  return /^\s*(?:bearer|basic|token|digest)\b/i.test(value);
}

/** The nodes that hold arguments, dict entries or object properties. */
const CONTAINERS = new Set(['ArgList', 'DictionaryExpression', 'ObjectExpression']);

/** `os.environ["X"] = …`, `process.env.X = …`: the target of an assignment, not a read. */
function isAssigned(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent || !/^(?:AssignStatement|AssignmentExpression|UpdateStatement)$/.test(parent.name)) {
    return false;
  }
  return node.nextSibling !== null && /^(?:AssignOp|Equals|UpdateOp)$/.test(node.nextSibling.name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
