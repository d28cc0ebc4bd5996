import type { MissingEndpoint } from '../error/other-hosts.ts';
import type { HttpLanguage } from '../snippets/http-languages.ts';
import type { CodeLanguage } from '../snippets/snippets.ts';

/** `node` is JavaScript or TypeScript, as in the wizard's language choice. */
/** The prefixes frameworks give the variables they hand to browser code. */
export const ENV_PREFIX = /^(?:VITE_|NEXT_PUBLIC_|REACT_APP_|NUXT_PUBLIC_|PUBLIC_|EXPO_PUBLIC_)/;

export type PastedCodeLanguage = 'python' | 'node' | 'other';

/**
 * The code tabs pasted code can belong to: the `openai` SDK in Python or Node, a library, or
 * Java, Go, C#, PHP or Rust (read, not rewritten: other-languages.ts).
 */
export type PastedCodeTab = Extract<
  CodeLanguage,
  'python' | 'node' | 'langchain' | 'litellm' | HttpLanguage
>;

export type CodeFindingCode =
  /** The client gets no key, so the SDK reads OPENAI_API_KEY. */
  | 'no-api-key'
  /** No base URL: the SDK sends the key to OpenAI (or to OPENAI_BASE_URL). */
  | 'no-base-url'
  /** A base URL that is not DeepSeek's. vars: url */
  | 'foreign-base-url'
  /** DeepSeek's host with a path the SDK adds itself (`/chat/completions`). vars: url */
  | 'base-url-path'
  /** openai-node ignores `baseUrl`, `base_url`, `api_key`…. vars: name, expected */
  | 'wrong-option-name'
  /** A Python client given `base=`, `apikey=`…: not its argument, so not used. vars: name, expected */
  | 'wrong-argument-name'
  /** A key written in the code: a leak, and often an old key. vars: shape (redacted) */
  | 'hard-coded-key'
  /**
   * A key on a `.env` or `export` line pasted with the code, for a variable the code reads: where
   * the key belongs. vars: shape (redacted), name, and hard-coded-key's provider or malformed
   */
  | 'env-line-key'
  /**
   * A key as the default of `os.getenv(NAME, "sk-…")`: used whenever the variable is unset, and
   * a leak. The repair reads the variable alone. vars: name, shape (redacted)
   */
  | 'key-in-getenv-default'
  /**
   * A key in a comment or docstring: it does not cause the 401, but it leaks; the fixed code
   * shows it redacted. vars: shape (redacted)
   */
  | 'key-in-comment'
  /** `Authorization: <key>` without `Bearer `: DeepSeek answers "auth header format should be…". */
  | 'auth-header-no-bearer'
  /**
   * "Bearer " given twice: a helper that adds the scheme (C#'s AuthenticationHeaderValue("Bearer",
   * …), reqwest's bearer_auth) handed a value that starts with it. DeepSeek gets "Bearer Bearer sk-…".
   */
  | 'auth-header-double-bearer'
  | 'empty-key'
  /** `"your-api-key"`, `"sk-xxxx"`, `"<key>"`, `"${…}"`. vars: value */
  | 'placeholder-key'
  /** A key its owner masked before pasting (`sk-a5e2****a353`): says nothing of the cause. vars: shape */
  | 'masked-key'
  /** `api_key="DEEPSEEK_API_KEY"`: the name, not the value. vars: name */
  | 'key-is-variable-name'
  /** Reads another variable than the one set. vars: read, expected */
  | 'env-var-name'
  /**
   * A shell line sets a name close to DEEPSEEK_API_KEY (`DEEP_SEEK_API_KEY`) that nothing in the
   * paste reads: the program reads DEEPSEEK_API_KEY and finds it unset. vars: name, expected
   */
  | 'set-name-differs'
  /** Reads another provider's variable for a client not pointed at DeepSeek. vars: read, expected */
  | 'env-var-other-provider'
  /**
   * A tool field that takes a variable's name and sends the text itself when no such variable is
   * set (codecompanion.nvim's `env = { api_key = "NAME" }`). vars: name
   */
  | 'named-env-key'
  /** `os.getenv`: None when unset, and the SDK then falls back to OPENAI_API_KEY. vars: name */
  | 'getenv-none'
  /** The same in code that sends the key itself (no SDK): the header becomes `None`. vars: name */
  | 'getenv-none-http'
  /** `os.getenv` into a DeepSeek library, which then reads DEEPSEEK_API_KEY itself. vars: name, value */
  | 'getenv-none-library'
  /** `os.environ[…]`: a KeyError when unset, which is what you want. vars: name */
  | 'environ-fails-loudly'
  /** python-dotenv or dotenv imported, never called. */
  | 'dotenv-not-loaded'
  /** `load_dotenv()` runs after the client was built. */
  | 'dotenv-too-late'
  /** A `.env` file is mentioned but nothing loads it (Python). */
  | 'dotenv-missing'
  /** `dotenv.config()` after ES imports of local modules, which are evaluated before it. */
  | 'dotenv-esm-order'
  /** Node reads `.env` only with `--env-file` or dotenv. */
  | 'node-env-not-loaded'
  /** A tool sends its `${NAME}` reference as it is where NAME is unset. vars: sent, name */
  | 'config-reference-sent'
  /** A .env or shell line in the paste sets another name than the one read. vars: defined, read */
  | 'env-name-mismatch'
  /** A .env line in the paste leaves the variable the code reads empty (`NAME=`). vars: name */
  | 'env-empty-key'
  /**
   * The pasted .env sets the variable the code reads, and load_dotenv() keeps a value already in
   * the environment (python-dotenv's override=False). vars: name
   */
  | 'dotenv-no-override'
  /** A Kubernetes Secret's base64 value decodes to the key and a line break. vars: shape */
  | 'secret-key-newline'
  /** A shell's Bearer header from a variable, in single quotes: the name is sent. vars: name */
  | 'shell-single-quoted'
  /** A DeepSeek key in aider's openai-api-key, which only OpenAI's models read. vars: name */
  | 'aider-openai-option'
  /** `str(settings.key)` of a pydantic SecretStr: the mask "**********" is sent. vars: name */
  | 'secret-str-sent'
  /** PowerShell's `$NAME` where `$env:NAME` was meant: a script variable, empty. vars: name */
  | 'powershell-not-env'
  /** A tool's own command that stores the DeepSeek key (`hermes auth add deepseek`). vars: tool */
  | 'tool-key-stored'
  /** cmd's `set NAME = value`: the spaces belong to the name and the value. vars: name */
  | 'cmd-set-spaces'
  /** `setx NAME …`, then a program started in the same window, which does not see NAME. vars: name */
  | 'setx-same-window'
  /** Browser code reads a variable its bundler does not inline: undefined. vars: name, bundler, prefix */
  | 'browser-env-hidden'
  /** `from deepseek import …`: no official DeepSeek SDK exists. vars: module */
  | 'unofficial-package'
  /** vars: model, suggested */
  | 'openai-model'
  /** vars: model, suggested */
  | 'retired-model'
  /**
   * `AzureOpenAI(azure_endpoint=…, api_version=…)`: Azure's client builds Azure's URLs; DeepSeek
   * is reached with the standard client. The repair uses `OpenAI` and drops the Azure-only
   * arguments. vars: args (the ones dropped)
   */
  | 'azure-client'
  /** No OpenAI client construction was found. */
  | 'no-client'
  /**
   * A second client meant for OpenAI (its comment, name or base URL says so) next to a DeepSeek
   * client: left as it is.
   */
  | 'openai-client-kept'
  | 'other-client-kept'
  // Config files (src/domain/config):
  /** A model entry with no key field: the tool sends none (DeepSeek echoes "null"). vars: name */
  | 'config-no-key'
  /** Codex's wire_api "chat" for a provider at DeepSeek's address (Codex takes "responses" only). */
  | 'config-wire-api'
  /** A Compose service whose environment leaves out the variable the key is read from. vars: name, service */
  | 'compose-env-missing'
  /** The base URL's name spelled otherwise than the tool reads it. vars: name, expected */
  | 'config-base-url-spelling'
  /** A workflow run for pull requests reads a secret: empty for forks. vars: name */
  | 'ci-fork-secrets'
  /** The key was replaced by a named placeholder: the format can only hold a literal. vars: shape, placeholder */
  | 'config-key-placeholder'
  /** `$VAR`, `${VAR}`… that this tool does not expand: it sends the text. vars: value, expected */
  | 'config-var-not-expanded'
  /** The key is in a field the tool does not use for DeepSeek. vars: name, expected */
  | 'config-wrong-field'
  /** The key field spelled otherwise than the tool reads it (`apikey` for `apiKey`). vars: name, expected */
  | 'config-key-spelling'
  /** Claude Code's base URL without DeepSeek's `/anthropic` path. vars: url, expected */
  | 'config-anthropic-path'
  /** Claude Code Router's api_base_url short of the full endpoint it posts to. vars: url, expected */
  | 'config-full-endpoint'
  /** A literal key with characters every loader keeps (a stray quote, `Bearer `, a space). */
  | 'config-key-extra'
  /** The key in a field that names its variable (`api_key_env`). vars: name, expected */
  | 'config-key-in-variable-field'
  /** An unknown tool's key field holds a variable's reference or name. vars: value */
  | 'config-key-reference'
  /** Another provider's endpoint: named, not replaced. vars: url, provider, model */
  | 'other-provider-endpoint'
  /** `.env`: spaces around `=`. vars: name */
  | 'env-spaces'
  /** `.env`: `export KEY=…`, which `docker --env-file` reads as part of the name. vars: name */
  | 'env-export'
  /** `.env` saved with Windows line ends: the value ends in a carriage return. */
  | 'env-crlf'
  /** Compose `- KEY="value"`: the quotes are kept as part of the value. vars: name */
  | 'compose-quotes';

export interface CodeFinding {
  code: CodeFindingCode;
  /** 1-based line in the pasted code. */
  line: number;
  severity: 'error' | 'warning' | 'info';
  vars: Record<string, string>;
}

/**
 * One `OpenAI(…)` / `new OpenAI({…})` in the code, as far as it can be read. A client left for
 * OpenAI (`openai-client-kept`) is not one of them.
 */
export interface CodeClient {
  line: number;
  /** The name the client is assigned to (`client`, `self.llm`), or null when it is not. */
  name: string | null;
  /** Where the key comes from; `unknown` when options are spread in or built elsewhere. */
  keySource: 'env' | 'literal' | 'variable' | 'none' | 'unknown';
  /** The environment variable the key is read from, when known. */
  keyVariable: string | null;
  /** True for DeepSeek's base URL, false for none or another, null when it can't be told. */
  baseUrlOk: boolean | null;
}

/** A planned change: replace code[start, end) with text. */
export interface CodeEdit {
  start: number;
  end: number;
  text: string;
}

export interface CodeLint {
  language: PastedCodeLanguage;
  /**
   * The code tab of the library the code calls (LangChain, LiteLLM, the openai SDK); null when
   * the code does not say, or is neither Python nor JS/TS.
   */
  tab: PastedCodeTab | null;
  /** A language read without a tab of its own (Ruby): its fix is the paste, repaired. */
  untabbed?: 'ruby';
  findings: CodeFinding[];
  clients: CodeClient[];
  /** The variable the repaired code reads the key from. */
  keyVariable: string;
  /** The repair, applied by repairCode. */
  repairs: CodeEdit[];
  sourceLength: number;
  /** True when the code was longer than MAX_CODE_LINES / MAX_CODE_TEXT and only its start was read. */
  truncated: boolean;
  /**
   * Another provider's SDK (`anthropic`, `@google/genai`, …) in code that builds no OpenAI client:
   * there is nothing to repair, the code must be written for the `openai` package instead.
   */
  otherSdk: { module: string; line: number } | null;
  /** The code calls an endpoint DeepSeek does not have (embeddings). */
  missingEndpoint: MissingEndpoint | null;
  /**
   * The variable a shell script's Bearer header sends (`-H "Authorization: Bearer $KEY"`): the
   * script passes that variable as it should. Null for any other code.
   */
  headerVariable: string | null;
  /** A config's key entry reads this variable (`{env:NAME}`, `${NAME}`); absent for code. */
  keyReads?: string | null;
}

export interface RepairedCode {
  fixed: string;
  /** 1-based lines of `fixed` that differ from the pasted code. */
  changedLines: number[];
}

/** How much each finding weighs. */
export const SEVERITY: Readonly<Record<CodeFindingCode, CodeFinding['severity']>> = {
  'no-api-key': 'error',
  'no-base-url': 'error',
  'foreign-base-url': 'error',
  'base-url-path': 'error',
  'wrong-option-name': 'error',
  'wrong-argument-name': 'error',
  'hard-coded-key': 'error',
  'env-line-key': 'info',
  'tool-key-stored': 'info',
  'dotenv-esm-order': 'warning',
  'powershell-not-env': 'error',
  'secret-str-sent': 'error',
  'aider-openai-option': 'error',
  'key-in-getenv-default': 'error',
  'key-in-comment': 'warning',
  'auth-header-no-bearer': 'error',
  'auth-header-double-bearer': 'error',
  'empty-key': 'error',
  'placeholder-key': 'error',
  'masked-key': 'info',
  'key-is-variable-name': 'error',
  'env-var-name': 'error',
  'set-name-differs': 'error',
  'env-var-other-provider': 'error',
  'named-env-key': 'info',
  'getenv-none': 'warning',
  'getenv-none-http': 'warning',
  'getenv-none-library': 'warning',
  'environ-fails-loudly': 'info',
  'dotenv-not-loaded': 'error',
  'dotenv-too-late': 'error',
  'dotenv-missing': 'warning',
  'node-env-not-loaded': 'info',
  'browser-env-hidden': 'error',
  'shell-single-quoted': 'error',
  'cmd-set-spaces': 'error',
  'setx-same-window': 'error',
  'secret-key-newline': 'error',
  'env-name-mismatch': 'error',
  'env-empty-key': 'error',
  'dotenv-no-override': 'info',
  'config-reference-sent': 'info',
  'unofficial-package': 'error',
  'openai-model': 'error',
  'retired-model': 'error',
  'azure-client': 'error',
  'no-client': 'info',
  'openai-client-kept': 'info',
  'other-client-kept': 'info',
  'config-key-placeholder': 'info',
  'config-no-key': 'error',
  'ci-fork-secrets': 'warning',
  'config-base-url-spelling': 'error',
  'compose-env-missing': 'error',
  'config-wire-api': 'error',
  'config-var-not-expanded': 'error',
  'config-wrong-field': 'warning',
  'config-key-spelling': 'error',
  'config-anthropic-path': 'error',
  'config-full-endpoint': 'error',
  'config-key-extra': 'error',
  'config-key-in-variable-field': 'error',
  'config-key-reference': 'info',
  'other-provider-endpoint': 'error',
  'env-spaces': 'error',
  'env-export': 'warning',
  'env-crlf': 'error',
  'compose-quotes': 'error',
};

const PYTHON_TABS: readonly CodeLanguage[] = ['python', 'langchain', 'litellm'];

/**
 * The code tab to show once code is pasted: the tab of the library it calls; when the code does
 * not say, the current tab if it is in the same language, else that language's `openai` tab.
 */
export function codeTabFor(lint: CodeLint, current: CodeLanguage): CodeLanguage {
  if (lint.tab) return lint.tab;
  if (lint.language === 'python') return PYTHON_TABS.includes(current) ? current : 'python';
  if (lint.language === 'node') return 'node';
  return current;
}
