import { DEEPSEEK_KEY_LENGTH } from '../deepseek-facts.ts';
import { readDeepSeekMessage } from './deepseek-message.ts';
import {
  imagesSentIn,
  localModelMeant,
  providerKeyNamed,
  missingEndpointOf,
  namedEndpointOf,
  modelHostNamed,
  otherHostOf,
  privateBaseUrlOf,
  privateAddressOf,
  type MissingEndpoint,
  type OtherHostId,
} from './other-hosts.ts';
import { readableText, withLinesJoined } from './readable-text.ts';
import { errorTrapsOf, type ErrorTrapId } from './error-traps.ts';
import type { UnauthorizedVariant } from '../key-test/key-test-outcome.ts';

/**
 * Pasted text beyond this is cut: the parser stays fast on a whole log file. The start and the end
 * are kept: a traceback's error line is its last line, a Node error's message its first.
 */
export const MAX_ERROR_TEXT = 200_000;
/** Of a cut text, how much of the start is kept; the rest of MAX_ERROR_TEXT is its end. */
const KEPT_START = 40_000;

/** Which client printed the error, judged from the text's shape. */
/** HTTP libraries whose error shows the status but drops the body (DeepSeek's message). */
export type HttpClient = 'requests' | 'httpx' | 'aiohttp' | 'axios' | 'okhttp' | 'spring';

const HTTP_CLIENTS: readonly [HttpClient, RegExp][] = [
  ['requests', /\b[45]\d\d (?:Client|Server) Error: .{0,80}\bfor url:|\brequests\.exceptions\./],
  ['httpx', /\bClient error '[45]\d\d [^']*' for url\b|\bhttpx\.\w*Error\b/],
  ['aiohttp', /\baiohttp\b|\bClientResponseError\b|<ClientResponse\(/],
  ['axios', /\bAxiosError\b|\bRequest failed with status code [45]\d\d\b/],
  // OkHttp's Response.toString(), which a `throw new IOException("Unexpected code " + response)`
  // prints (OkHttp's own recipes); Spring's WebClient and RestTemplate exceptions.
  ['okhttp', /\bResponse\{protocol=[\w/.-]+, code=\d{3}\b/],
  ['spring', /\b(?:WebClientResponseException|HttpClientErrorException|HttpStatusCodeException)\b/],
];

export type ErrorSdk =
  | 'python-openai'
  | 'node-openai'
  | 'ai-sdk'
  | 'langchain'
  | 'litellm'
  | 'curl'
  | 'powershell'
  | 'unknown';

/** Telling details in the text, beside the main finding. */
export type ErrorSign =
  /** `deepseek.AuthenticationError`, `from deepseek import`: no official DeepSeek package exists. */
  | 'unofficial-deepseek-package'
  /** OpenAI's "Incorrect API key provided": the key went to OpenAI, not DeepSeek. */
  | 'openai-incorrect-key'
  /**
   * api.openai.com, platform.openai.com, OpenAI's quota message, or its 403 for a region it does
   * not serve (code unsupported_country_region_territory, OpenAI's error codes guide; an app that
   * only calls OpenAI, adoresever/DataGraphX_Learn#5): OpenAI answered.
   */
  | 'openai-host'
  /** api.deepseek.com appears: the request went to DeepSeek. */
  | 'deepseek-host'
  /** DeepSeek's own words for a 5xx, or OpenCode's prefix for DeepSeek's answer (SIGN_PATTERNS). */
  | 'deepseek-server-words'
  /**
   * An HTTP client's log of the chat request answered 200 (httpx: `HTTP Request: POST
   * https://api.deepseek.com/chat/completions "HTTP/1.1 200 OK"`), or a tool that could not parse
   * the model's tool call (TOOL_CALL_UNPARSED): the call itself succeeded.
   */
  | 'completion-ok'
  /**
   * openai-python: "The api_key client option must be set …"; from 2.34 (2026) "Missing
   * credentials. Please pass an api_key, workload_identity, admin_api_key, or set the
   * OPENAI_API_KEY or OPENAI_ADMIN_KEY environment variable." (openai/_client.py, as quoted in
   * tracebacks and an Azure Foundry sample's LESSONS_LEARNED, checked December 2026).
   */
  | 'no-key-python'
  /** openai-node: "The OPENAI_API_KEY environment variable is missing or empty". */
  | 'no-key-node'
  /** Older openai-node and LangChain.js: "Missing credentials" (not openai-python's, above). */
  | 'missing-credentials'
  /** LangChain (Python): "Did not find openai_api_key". */
  | 'langchain-no-key'
  /** Python's `KeyError: 'DEEPSEEK_API_KEY'` from `os.environ[…]`. */
  | 'env-keyerror'
  /**
   * A program names the variable it found unset: "Missing environment variable: `NAME`" (Codex),
   * "NAME must be set" / "NAME is not set" (thrown by the code itself, langchain-deepseek), bash's
   * "NAME: parameter null or not set" and "NAME: unbound variable".
   */
  | 'env-named-unset'
  /**
   * A traceback shows the client built with the key read from a variable (`api_key=os.getenv("X")`,
   * `apiKey: process.env.X`): where the SDK then found no key, X was unset.
   */
  | 'env-read-shown'
  /** The text names OPENAI_API_KEY: the SDK fell back to it. */
  | 'openai-env-fallback'
  /**
   * The reporter says it worked before ("it worked yesterday", "第一次用还是可以的"): the code once
   * passed a key, so where the SDK now finds none, what changed is the environment it runs in
   * (simonlin1212/TradingAgents-astock#66: a restarted web app without the .env's key).
   */
  | 'worked-before'
  /**
   * The reporter says the key is in a .env file ("env file already created", ".env里已配置"):
   * where an SDK then finds no key, the file's variables did not reach the process
   * (simonlin1212/TradingAgents-astock#29, #66).
   */
  | 'key-in-dotenv'
  /**
   * DeepSeek's `GET /models` answer beside a failure: a key the reporter holds works (curl), so
   * the failing program sends another value (TencentCloud/TencentDB-Agent-Memory#77).
   */
  | 'models-listed'
  /** The program was started with sudo, which resets the environment (no -E). */
  | 'sudo-run'
  /** The HTTP library refused the header: a newline, invisible or non-ASCII character in the key. */
  | 'invalid-header'
  /**
   * A browser's console printed it: Chrome's "Uncaught (in promise)", "Failed to load resource:
   * the server responded with a status of 401", its `POST <url> 401 (Unauthorized)` line, or
   * Firefox's `XHRPOST <url> [HTTP/2 401 …]`. The code ran in a page.
   */
  | 'browser-console'
  /**
   * The page's own terminal test printed it (its "HTTP 401" line, terminal-commands.ts): the
   * request carried `Bearer $DEEPSEEK_API_KEY` from the terminal it ran in.
   */
  | 'terminal-test'
  /**
   * …or nothing after "Bearer ": h11 refuses a value that ends in a space, so an empty key fails
   * before any request ("Illegal header value b'Bearer '", openai/openai-python#961: no key given
   * to a local server; langchain-ai/langchain#21261: the variable read was not the one set).
   */
  | 'empty-bearer'
  /** `/chat/completions/chat/completions`: the base URL already ends with the path. */
  | 'doubled-path'
  /** The answer was empty or cut off where the client expected JSON. */
  | 'empty-body'
  /**
   * A structured-output request DeepSeek refused, "response_format type is unavailable" (its
   * JSON Output takes json_object only: api-docs.deepseek.com/guides/json_mode, checked
   * 2026-12-07; langchain-ai/langchain#29282), in its words or a reporter's.
   */
  | 'json-schema'
  /** The tool says no answer came back at all (EMPTY_ANSWER). */
  | 'empty-answer'
  /**
   * "[object Object]": a JavaScript tool printed an error object as text, and its message is lost
   * (nexu-io/open-design#6890: a structured MISSING_CREDENTIAL error shown so, "leaving users
   * without any way to recover"). Its log or developer console has the message.
   */
  | 'object-printed'
  /**
   * Words that it fails only at times (INTERMITTENT): DeepSeek checks the key the same way on
   * every request, so a key that works at times is a working key.
   */
  | 'intermittent'
  /**
   * The tool or library does not know the provider name it was given, so it sent nothing
   * (dcellison/kai#606: goose's `Unknown provider: deepseek`; LiteLLM's "LLM Provider NOT
   * provided" for a model without its `deepseek/` prefix; codecompanion.nvim's "No adapter found
   * for deepseek", olimorris/codecompanion.nvim#733, its adapter not registered; pdf2zh's
   * "Unsupported translation service", a version from before its DeepSeek service,
   * PDFMathTranslate/PDFMathTranslate#474; a command line's "invalid value 'deepseek-cn' for
   * '--provider <PROVIDER>'", Rust clap's words, Hmbown/Codewhale#1104; checked December 2026).
   */
  | 'unknown-provider'
  /**
   * Docker Compose interpolated a key's variable that is not set: "The "DEEPSEEK_API_KEY" variable
   * is not set. Defaulting to a blank string." (its own warning): the container gets it empty,
   * whatever an env_file beside it says, since `environment:` wins over `env_file:` (Compose docs,
   * "Set environment variables within your container's environment", precedence).
   */
  | 'compose-blank-key'
  /**
   * GitHub Actions printed the step's environment with the key's variable blank (a secret that is
   * set shows as `***`): the secret is not there for this run, unset in the repository, or withheld
   * from a fork's pull request (GitHub docs, "Using secrets in GitHub Actions": secrets are not
   * passed to workflows triggered from forks; checked December 2026).
   */
  | 'ci-secret-blank'
  /**
   * The program gets the `.env` file's variables from what starts it: `docker run --env-file`,
   * Compose's `env_file:`, `node --env-file`. The code need not load it.
   */
  | 'env-file-passed'
  /**
   * The tail DeepSeek echoed ends in "AA", as every Anthropic API key does (sk-ant-api03-… + 93
   * characters + AA: gitleaks' anthropic-api-key rule; checked December 2026), and the text is
   * about Claude Code or Anthropic: an Anthropic key went out where the DeepSeek key should.
   */
  | 'anthropic-key-tail'
  /**
   * `docker run --env-file` beside a key quoted on a `.env` line: docker run keeps the quotes as
   * part of the value, where `source` and Compose drop them (moby/moby#46773, docker/cli#3630 and
   * #4665; checked December 2026). Set by analysePaste, which sees both boxes.
   */
  | 'env-file-quotes-kept'
  /**
   * Kubernetes did not start the container: "couldn't find key X in Secret ns/name" (the kubelet's
   * CreateContainerConfigError): secretKeyRef names a key the Secret does not hold.
   */
  | 'secret-key-missing'
  /** The text was longer than MAX_ERROR_TEXT: its middle was cut. */
  | 'truncated';

/** What stopped the code before it sent anything (LOCAL_ERRORS). */
export type LocalError =
  'httpx-proxies' | 'sdk-version' | 'module-missing' | 'code' | 'codex-wire-api' | 'chatluna-model';

export type NetworkProblem =
  'dns' | 'refused' | 'reset' | 'timeout' | 'tls' | 'blocked' | 'proxy' | 'other';

/**
 * What one of the page's own checks printed, pasted back (src/domain/key-setup.ts and
 * cause-checks.ts generate them). They print the key's presence, length, shape or last four
 * characters, never the key.
 */
export type KeyCheck =
  /** "NOT SET", or "BAD SHAPE: 0 chars": the variable is missing or empty where the check ran. */
  | { kind: 'not-set' }
  /**
   * "set, 35 chars, ends 1a2b"; cmd's check prints no length, the CI check no tail. `problem` is
   * what the length or the tail shows is wrong with the value, if anything.
   */
  | { kind: 'set'; length: number | null; tail: string | null; problem: KeyValueProblem | null }
  /** "shape OK": `sk-` and 32 lowercase hex characters. */
  | { kind: 'shape-ok' }
  /** "BAD SHAPE: 36 chars, expected 35". */
  | { kind: 'bad-shape'; length: number }
  /**
   * "https://api.deepseek.com/ key ends 1a2b": the base URL and the key's end as the client holds
   * them (step 4's checks). `baseUrl` is null when none was printed, `'None'` for LangChain's
   * default (OpenAI).
   */
  | { kind: 'client'; baseUrl: string | null; tail: string; hasKey: boolean };

export type KeyCheckKind = KeyCheck['kind'];

/** What a check's length and tail show about the value, most telling first. */
export type KeyValueProblem =
  /** It ends in a quote: quotes from a `.env` file or the shell became part of the value. */
  | 'quote'
  /** It ends in a space or a line break (the tail printed is shorter than four characters). */
  | 'whitespace'
  /** Not DeepSeek's 35 characters. */
  | 'length'
  /** A DeepSeek key ends in four lowercase hex characters; this one does not. */
  | 'not-hex';

interface ParsedFields {
  /** False when nothing the parser knows was found; the other fields still say what was. */
  recognised: boolean;
  /** HTTP status, read from the text or inferred from a message only one status carries. */
  status: number | null;
  /** The server's message (DeepSeek's or OpenAI's), or the client's own when no server answered. */
  message: string | null;
  /**
   * The status is read outside the message's field too: a body printed beside its status, not a
   * whole report quoted in one JSON string (whose words gave the status).
   */
  statusOutsideMessage: boolean;
  /** The exception class as printed: `openai.AuthenticationError`, `APIConnectionError`. */
  errorName: string | null;
  /** The body's `type`: `authentication_error`, `insufficient_quota`. */
  errorType: string | null;
  sdk: ErrorSdk;
  /** The HTTP library that raised, where it prints the status and not the body. */
  httpClient: HttpClient | null;
  signs: ErrorSign[];
  /**
   * The end of the key as the server echoed it: DeepSeek's `****abcd` → `abcd`, OpenAI's
   * `sk-abc*****wxyz` → `wxyz`.
   */
  echoedTail: string | null;
  requestId: string | null;
  /** Outputs of the page's own checks found in the text, in order. */
  checks: KeyCheck[];
  /** Another host answered instead of DeepSeek, by its wording (other-hosts.ts). */
  otherHost: OtherHostId | null;
  /** The host of the endpoint the error says it called, where that host answered. */
  endpointHost: string | null;
  /** The call was to an endpoint DeepSeek does not have. */
  missingEndpoint: MissingEndpoint | null;
  /** The reporter says the key is this provider's (other-hosts.ts, providerKeyNamed). */
  keyNamed: OtherHostId | null;
  /**
   * The end of their own key as the reporter gives it ("it ends in 5b2e", "最后几位是 1d0e",
   * `sk-9c4……81d0e`): set against the tail DeepSeek echoed, it tells the key sent from the one
   * meant (nextchat-style reports: py-gpt#112's "ends *15b", openhanako#615's "the new key (999c)").
   */
  statedTail: string | null;
  /** The text speaks of a model run locally (Ollama, LM Studio, vLLM), which needs no key. */
  localModel: boolean;
  /** A tool that calls from its own servers was given a private base URL (other-hosts.ts). */
  privateBaseUrl: boolean;
  /** The host and port of a URL at a private address the text names: a relay of the user's own. */
  privateAddress: string | null;
  /** Wordings whose threads rank a cause first (error-traps.ts). */
  traps: ErrorTrapId[];
}

/** What a pasted error says. `kind` is the main finding; the fields are what was extracted. */
export type ParsedError =
  /**
   * DeepSeek accepted the key: the page's terminal test (or the revoked check) printed 200 or
   * DeepSeek's model list. `models` are the ids the list holds.
   */
  | (ParsedFields & { kind: 'key-accepted'; models: string[] })
  /** DeepSeek answered 401. */
  | (ParsedFields & { kind: 'unauthorized'; variant: UnauthorizedVariant })
  /** OpenAI rejected the key: the client had no DeepSeek base URL. */
  | (ParsedFields & { kind: 'openai-key-rejected' })
  /** No key reached the client (the SDK's own error, or a KeyError); nothing was sent. */
  | (ParsedFields & { kind: 'no-key'; missingVariable: string | null })
  /** The key could not be put in a header; nothing was sent. */
  | (ParsedFields & { kind: 'invalid-header' })
  /** The tool does not know the provider it was told to use; nothing was sent. */
  | (ParsedFields & { kind: 'unknown-provider' })
  /** The code stopped on the machine before any request (LOCAL_ERRORS); nothing was sent. */
  | (ParsedFields & { kind: 'local-error'; local: LocalError; module: string | null })
  | (ParsedFields & { kind: 'insufficient-balance' })
  | (ParsedFields & { kind: 'rate-limited' })
  | (ParsedFields & { kind: 'server-error' })
  /** A wrong or retired model name (400/404/422). */
  | (ParsedFields & { kind: 'model'; model: string | null })
  /** DeepSeek refused a parameter of the request (400, 422): max_tokens out of range and such. */
  | (ParsedFields & { kind: 'bad-request' })
  /** Another HTTP error. */
  | (ParsedFields & { kind: 'http-error' })
  /** No HTTP answer at all. */
  | (ParsedFields & { kind: 'network'; network: NetworkProblem })
  /** No error, only the output of the page's own checks (see `checks`). */
  | (ParsedFields & { kind: 'key-check' })
  | (ParsedFields & {
      kind: 'unrecognised';
      /** Words alone: no exception, no SDK, no HTTP client's line. */
      wordsOnly: boolean;
      /** Words that it fails, with no error to read (SAYS_IT_FAILS). */
      saysItFails: boolean;
      /**
       * A language's own exception (TypeError, ValueError, RuntimeError…), no SDK's or HTTP
       * client's, and no status: it shows no failed request either.
       */
      plainException: boolean;
    });

export type ParsedErrorKind = ParsedError['kind'];

/**
 * The openai SDKs' own words for a client built with no key (and LangChain's over them): they
 * looked for OPENAI_API_KEY. Any other program's "no key" names what it reads, or nothing.
 */
export const OPENAI_NO_KEY_SIGNS: readonly ErrorSign[] = [
  'no-key-python',
  'no-key-node',
  'missing-credentials',
  'langchain-no-key',
];

/** Whether a "no key" error says the openai SDK looked for OPENAI_API_KEY. */
export function openAiLookedUp(error: ParsedError): boolean {
  return (
    error.kind === 'no-key' &&
    (OPENAI_NO_KEY_SIGNS.some((sign) => error.signs.includes(sign)) ||
      (error.missingVariable === 'OPENAI_API_KEY' && !namesItsOwn(error.signs)))
  );
}

/**
 * The program names a variable it read itself and found unset (Python's KeyError, Streamlit's
 * "st.secrets has no key", "X must be set"): no SDK's fallback to it (stanford-oval/storm#280).
 */
function namesItsOwn(signs: readonly ErrorSign[]): boolean {
  return signs.includes('env-keyerror') || signs.includes('env-named-unset');
}

/** Kinds in which the key was sent and checked by a server. */
export const AUTH_FAILURE_KINDS: readonly ParsedErrorKind[] = [
  'unauthorized',
  'openai-key-rejected',
  'no-key',
  'invalid-header',
];

/**
 * Reads a pasted error (Python traceback, Node error, JSON body, `curl -i` output, LangChain or
 * LiteLLM wrapper, log lines), the output of the page's terminal test, or of its checks, without
 * any network. Linear in the input, whose middle is cut beyond MAX_ERROR_TEXT. Never throws.
 */
export function parseErrorText(input: string): ParsedError {
  const truncated = input.length > MAX_ERROR_TEXT;
  const lines = readableText(keptPart(input).replace(/\r\n?/g, '\n'));
  const { checks, rest: restLines } = keyChecksOf(lines);
  // Phrases are read on the lines and on the lines joined; whole lines (an exception's name, a
  // status line, a check's output) on the lines alone.
  const text = withLinesJoined(lines);
  const rest = withLinesJoined(restLines);
  // Hosts in a check's output (the client's base URL) were printed, not contacted.
  const signs = signsOf(rest);
  if (truncated) signs.push('truncated');
  if (dockerKeepsQuotes(rest)) signs.push('env-file-quotes-kept');
  const message = messageOf(text);
  // ChatLuna's own code is no HTTP status ("错误码为 401" is its ROOM_NOT_JOINED).
  const chatLuna = CHATLUNA_CODE.exec(text);
  const read = statusOf(chatLuna ? text.replace(chatLuna[0], '') : text);
  const status = read === 500 && NO_ANSWER.test(text) ? null : read;
  // Where the message is not in the text as it is (joined from lines), every field goes.
  const outside =
    message === null
      ? text
      : text.includes(message)
        ? text.replace(message, '')
        : text.replace(MESSAGE_FIELD, '');
  const statusOutsideMessage = message !== null && status !== null && statusOf(outside) === status;
  const errorType = firstGroup(text, TYPE_FIELD);
  const otherHost = otherHostOf(rest)?.id ?? modelHostNamed(rest);
  const fields: ParsedFields = {
    recognised: true,
    status,
    message,
    statusOutsideMessage,
    errorName: errorNameOf(lines),
    errorType,
    sdk: sdkOf(lines, signs),
    httpClient: HTTP_CLIENTS.find(([, pattern]) => pattern.test(text))?.[0] ?? null,
    signs,
    echoedTail: null,
    requestId: firstGroup(text, REQUEST_ID_ANYWHERE),
    checks,
    otherHost,
    endpointHost: otherHost === 'named-endpoint' ? namedEndpointOf(rest) : null,
    missingEndpoint: missingEndpointOf(rest, status) ?? (imagesSentIn(rest) ? 'images' : null),
    keyNamed: providerKeyNamed(rest),
    statedTail: statedTailOf(rest),
    localModel: localModelMeant(rest),
    privateBaseUrl: privateBaseUrlOf(rest),
    privateAddress: privateAddressOf(rest),
    traps: errorTrapsOf(rest),
  };
  const parsed = classify(text, fields);
  if (parsed.status === null) parsed.status = inferredStatus(parsed.kind);
  if (
    /^[A-Za-z0-9_-]{2}AA$/.test(parsed.echoedTail ?? '') &&
    /\banthropic|\bclaude\b/i.test(text)
  ) {
    parsed.signs.push('anthropic-key-tail');
  }
  return parsed;
}

/** A URL of a host other than DeepSeek's. */
const OTHER_URL = /\bhttps?:\/\/(?![\w.-]*\bdeepseek\.com\b)[\w-]+(?:\.[\w-]+)*/;

/** The whole text, or of a long one its start and its end, where a traceback's error line is. */
function keptPart(input: string): string {
  if (input.length <= MAX_ERROR_TEXT) return input;
  const end = input.slice(input.length - (MAX_ERROR_TEXT - KEPT_START));
  return `${input.slice(0, KEPT_START)}\n…\n${end}`;
}

function classify(text: string, read: ParsedFields): ParsedError {
  // A 200 logged for another host's URL (Dify's own plugin daemon, langgenius/dify#39508) says
  // nothing of DeepSeek's answer: no status was read.
  const othersOk =
    read.status === 200 && !read.signs.includes('deepseek-host') && OTHER_URL.test(text);
  const fields = othersOk ? { ...read, status: null } : read;
  const { status, message, signs } = fields;
  const has = (sign: ErrorSign) => signs.includes(sign);
  const noKey =
    has('no-key-python') ||
    has('no-key-node') ||
    has('missing-credentials') ||
    has('langchain-no-key') ||
    has('env-keyerror') ||
    has('compose-blank-key') ||
    has('ci-secret-blank') ||
    has('secret-key-missing') ||
    MISSING_KEY.test(text);

  if (status === null && has('invalid-header')) {
    // An empty key is no character the header refused: say only what it is.
    const empty = has('empty-bearer');
    return {
      ...fields,
      signs: empty ? signs.filter((sign) => sign !== 'invalid-header') : signs,
      kind: 'invalid-header',
    };
  }
  if (status === null && has('unknown-provider')) return { ...fields, kind: 'unknown-provider' };
  // The openai SDKs' own "no key" is raised before any request: a wrapper that maps it to a 401
  // (LiteLLM's AuthenticationError: "OpenAIException - The api_key client option must be set")
  // adds a status no server sent.
  const sdkNoKey = has('no-key-python') || has('no-key-node') || has('missing-credentials');
  if ((status === null || sdkNoKey) && noKey) {
    const missingVariable =
      firstGroup(text, KEY_ERROR) ??
      firstGroup(text, TRACEBACK_KEY_READ) ??
      firstGroup(text, COMPOSE_UNSET) ??
      firstGroup(text, ASKED_VARIABLE) ??
      (has('openai-env-fallback') ? 'OPENAI_API_KEY' : null);
    const said = message ?? noKeyMessage(text);
    // A DeepSeek provider's own "no key" that asks for OPENAI_API_KEY read DeepSeek's variable:
    // OpenAI's is no fallback there (aisuite's DeepseekProvider reads DEEPSEEK_API_KEY, its
    // message named OPENAI_API_KEY: andrewyng/aisuite#390, July 2026).
    const ownWords = !sdkNoKey && !has('langchain-no-key');
    const deepseekOwn = ownWords && /\bdeepseek\b[^\n]{0,20}\bapi[ _-]?key\b/i.test(said ?? '');
    // …nor where the program names the variable it read itself.
    const noFallback = deepseekOwn || (ownWords && namesItsOwn(signs));
    // No request went out: no server's status either, and no server answered (OpenAI's address
    // in a help text is not OpenAI answering).
    return {
      ...fields,
      signs: fields.signs.filter(
        (sign) => sign !== 'openai-host' && !(sign === 'openai-env-fallback' && noFallback),
      ),
      status: null,
      message: said,
      kind: 'no-key',
      missingVariable: deepseekOwn && missingVariable === 'OPENAI_API_KEY' ? null : missingVariable,
    };
  }
  // OpenAI's words from a host that copies them (DashScope links its own docs) are that host's.
  if (
    (has('openai-incorrect-key') && fields.otherHost === null) ||
    (has('openai-host') && (status === 401 || OPENAI_NO_KEY.test(text)))
  ) {
    return { ...fields, echoedTail: unredacted(openAiTail(text)), kind: 'openai-key-rejected' };
  }
  const authText = message ?? '';
  if (
    status === 401 ||
    /Authentication Fails|Your api key: ?\*+[^\s*]{0,4} is invalid/i.test(authText) ||
    fields.errorType === 'authentication_error' ||
    (status === null &&
      (/\bAuthenticationError\b/.test(text) ||
        // Words alone yield to a network failure they wrap: "校验失败…: Connection error." is the
        // connection, not the key (1Panel-dev/MaxKB#1093).
        (AUTH_IN_WORDS.test(text) && networkOf(text) === null)))
  ) {
    const reading = readDeepSeekMessage(authText);
    return {
      ...fields,
      echoedTail: unredacted(reading.echoedTail),
      requestId: reading.requestId ?? fields.requestId,
      kind: 'unauthorized',
      variant: message === null ? 'unknown' : reading.variant,
    };
  }
  // An empty or cut-off body where JSON was expected, logged beside its "200 OK" (LiteLLM's
  // "Expecting value … Received response - <APIResponse [200 OK]", Aider-AI/aider#3034, during
  // DeepSeek's overload of 27 January 2025): no key was judged by it.
  if ((status === null || status === 200) && (EMPTY_BODY.test(text) || blankLinesOnly(text))) {
    return { ...fields, signs: [...signs, 'empty-body'], status: null, kind: 'server-error' };
  }
  if (status === null && EMPTY_ANSWER.test(text)) {
    return { ...fields, signs: [...signs, 'empty-answer'], kind: 'server-error' };
  }
  if (
    status === 200 ||
    (status === null && (DEEPSEEK_MODEL_LIST.test(text) || BALANCE_BODY.test(text)))
  ) {
    return { ...fields, kind: 'key-accepted', models: modelIdsOf(text) };
  }
  if (status === 402 || /Insufficient Balance|余额不足/i.test(text)) {
    return { ...fields, kind: 'insufficient-balance' };
  }
  if (
    MODEL_ERROR.test(text) &&
    (status === null || status === 400 || status === 404 || status === 422)
  ) {
    return { ...fields, kind: 'model', model: firstGroup(text, PASSED_MODEL) };
  }
  const jsonSchema = JSON_SCHEMA.test(text) ? (['json-schema'] as const) : [];
  if (
    (status === null || status === 400 || status === 422) &&
    (BAD_REQUEST.test(text) ||
      jsonSchema.length > 0 ||
      fields.errorType === 'invalid_request_error')
  ) {
    return {
      ...fields,
      message: fields.message ?? refusedSetting(text),
      signs: [...signs, ...jsonSchema],
      kind: 'bad-request',
    };
  }
  if (status === 429 || (status === null && RATE_LIMIT.test(text))) {
    return { ...fields, kind: 'rate-limited' };
  }
  if (
    (status !== null && status >= 500) ||
    (status === null && SERVER_ERROR.test(text) && !NO_ANSWER.test(text))
  ) {
    return { ...fields, kind: 'server-error' };
  }
  if (status === null && has('intermittent') && networkOf(text) === null) {
    return { ...fields, kind: 'server-error' };
  }
  // A proxy on the way asked for its own credentials (407, RFC 9110 §15.5.8): DeepSeek never saw
  // the request.
  const network =
    status === null || status === 407
      ? (networkOf(text) ??
        (NO_STATUS_LINE.test(text) || NO_STATUS_ALONE.test(text) ? 'other' : null))
      : null;
  if (network !== null) {
    return { ...fields, message: message ?? lineOf(text, NETWORK_LINE), kind: 'network', network };
  }
  if (status !== null) return { ...fields, kind: 'http-error' };
  if (fields.checks.length > 0) return { ...fields, kind: 'key-check' };
  const chatLuna = CHATLUNA_CODE.exec(text);
  const chatLunaCode = Number(chatLuna?.[1]);
  if (chatLunaCode === 1 || chatLunaCode === 102) {
    const network = chatLunaCode === 1 ? 'other' : 'timeout';
    return { ...fields, message: message ?? chatLuna![0], kind: 'network', network };
  }
  if (CHATLUNA_MODEL_CODES.has(chatLunaCode)) {
    return { ...fields, kind: 'local-error', local: 'chatluna-model', module: null };
  }
  const local = LOCAL_ERRORS.find(([, pattern]) => pattern.test(text));
  if (local) {
    return { ...fields, kind: 'local-error', local: local[0], module: firstGroup(text, local[1]) };
  }
  if (TOOL_CALL_UNPARSED.test(text)) {
    return { ...fields, signs: [...signs, 'completion-ok'], kind: 'key-accepted', models: [] };
  }
  // Words alone: no exception or stack, no HTTP client's line (a TypeError that "cannot read" is
  // another failure).
  const wordsOnly = fields.errorName === null && fields.sdk === 'unknown' && !fields.httpClient;
  return {
    ...fields,
    recognised: false,
    kind: 'unrecognised',
    wordsOnly,
    saysItFails: wordsOnly && SAYS_IT_FAILS.test(text),
    plainException:
      fields.errorName !== null &&
      !fields.httpClient &&
      fields.status === null &&
      isPlainException(fields.errorName, text),
  };
}

/**
 * A language's own exception, by name, and serde's "missing field" (a Rust tool's "Error:
 * missing field `created`", xberg-io/liter-llm#139, settled as its bug; checked December 2026).
 */
const BUILTIN_EXCEPTION =
  /(?:^|\.)(?:TypeError|AttributeError|ValueError|IndexError|KeyError|RuntimeError|RangeError|AssertionError|NotImplementedError|ZeroDivisionError|RecursionError)$/;
const SERDE_MISSING_FIELD = /\bError: missing field `\w+`/;
/**
 * An answer's field the tool could not read (`KeyError: 'choices'`, "reading 'choices'", "has no
 * attribute 'choices'", "'NoneType' object is not subscriptable"): the body held a failure, not
 * an answer. An HTML page where JSON was expected is a failed request too.
 */
const ANSWER_UNREAD =
  /(?:KeyError:\s*|\breading\s+|has no attribute\s+|missing field\s+)['"`](?:choices|error|message|data|content|usage|text|output)['"`]|'NoneType' object is not subscriptable|Unexpected token '<'|<!DOCTYPE/i;
/** A request or a key in the exception's own words: it may be a failed request after all. */
const REQUEST_WORDS =
  /\b(?:api|request|key|auth\w*|token|credentials?|unauthori[sz]ed|forbidden|quota|balance)\b|认证|请求|密钥|令牌|失败|余额/i;

/**
 * A language's own exception with no failed request in it (KomoriDev/nonebot-plugin-deepseek#34:
 * "AttributeError: 'str' object has no attribute 'children'"; browser-use/browser-use#4382:
 * `KeyError: 'items'`; each settled as the tool's bug; checked December 2026). Not a tool's own
 * class nor a bare Error or Exception, which tools raise for failed requests.
 */
function isPlainException(name: string, text: string): boolean {
  const named = BUILTIN_EXCEPTION.test(name) || SERDE_MISSING_FIELD.test(text);
  if (!named || ANSWER_UNREAD.test(text)) return false;
  // The exception's own line: a traceback's paths and code lines are not its words.
  const at = Math.max(0, text.lastIndexOf(`${name}:`));
  const end = text.indexOf('\n', at);
  return !REQUEST_WORDS.test(text.slice(at, end < 0 ? undefined : end));
}

function inferredStatus(kind: ParsedErrorKind): number | null {
  switch (kind) {
    case 'key-accepted':
      return 200;
    case 'unauthorized':
    case 'openai-key-rejected':
      return 401;
    case 'insufficient-balance':
      return 402;
    case 'rate-limited':
      return 429;
    case 'bad-request':
      return 400;
    case 'no-key':
    case 'invalid-header':
    case 'unknown-provider':
    case 'local-error':
    case 'server-error':
    case 'model':
    case 'http-error':
    case 'network':
    case 'key-check':
    case 'unrecognised':
      return null;
  }
}

// --- Signs ---------------------------------------------------------------------------------

/**
 * It fails only at times, with no error to read: in the threads it was DeepSeek's load or an
 * incident, never the key (cline/cline#1166, "sometimes it just stops working completely, seems to
 * be at night": "a problem with the upstream LLM provider", its maintainer; AstrBotDevs/AstrBot#261,
 * "间歇性"; deepseek-ai/DeepSeek-V3#407, "sometimes it downs").
 */
const INTERMITTENT =
  /\b(?:sometimes|at times|intermittent(?:ly)?|now and then|from time to time|randomly|occasionally)\b[^.\n]{0,60}\b(?:stops? working|stopped working|fails?|doesn.?t work|no (?:response|answer|reply)|hangs?|times? out)\b|时好时坏|有时(?:候)?(?:可以|能用|正常|不行|报错|失败)|偶尔(?:会)?(?:失败|报错|不行|无响应|出现)|间歇性/i;

/** The key read from a variable in a line of code a traceback quotes; group 1 or 2 is its name. */
const TRACEBACK_KEY_READ =
  /\bapi_?key\s*[=:]\s*(?:os\.(?:getenv|environ\.get)\(\s*["']([A-Za-z_]\w*)["']|process\.env\.([A-Za-z_]\w*))/i;

/**
 * A report that only says it fails: the error was in a screenshot. In the threads worded so, the
 * screenshot most often showed DeepSeek's 402 Insufficient Balance: a key added to an app on a new
 * account not yet topped up (1Panel-dev/MaxKB#2618, logancyang/obsidian-copilot#1326,
 * yueguobin/gns3-copilot#93), or a balance used up (linshenkx/prompt-optimizer#69, #75). Checked
 * December 2026.
 */
const SAYS_IT_FAILS =
  /无法|不能|用不了|不了|不行|不可用|失败|报错|错误|提示|\berror\b|\bfail(?:s|ed|ing|ures?)?\b|\bcan'?t\b|\bcannot\b|\bunable\b|\bdoes(?:n'?t| not)(?: seem to)? work|\bwon'?t work\b|\bnot working\b/i;

/** DeepSeek's answer to `GET /models`, compact (curl) or re-indented (PowerShell). */
const DEEPSEEK_MODEL_LIST = /"object"\s*:\s*"list"[\s\S]{0,500}?"owned_by"\s*:\s*"deepseek"/;

/** openai-python's two "no key" messages (ErrorSign 'no-key-python'). */
const PYTHON_NO_KEY =
  /The api_key client option must be set|Missing credentials\.?\s+Please pass an `?api_key\b/i;

/**
 * Docker Compose put an empty string where the file says `${NAME}`: NAME was not set where
 * compose ran (camel-ai/owl#133).
 */
const ENV_FILE_PASSED = /(?:^|\s)--env-file(?:=|[ \t]+)\S|^[ \t]*env_file:/m;
const DOCKER_RUN_ENV_FILE = /\bdocker[ \t]+(?:container[ \t]+)?run\b[^\n]*[ \t]--env-file\b/;
const QUOTED_KEY_LINE =
  /^[ \t]*[A-Z][A-Z0-9_]*(?:KEY|TOKEN)[ \t]*=[ \t]*(["'])sk-[^\s"']+\1[ \t]*$/m;

/** A key quoted in a `.env` file that `docker run --env-file` passes on, quotes and all. */
export function dockerKeepsQuotes(text: string): boolean {
  return DOCKER_RUN_ENV_FILE.test(text) && QUOTED_KEY_LINE.test(text);
}

/** A GitHub Actions step's `env:` block, as its log prints it, with a key's variable blank. */
const CI_SECRET_BLANK =
  /^[ \t]+env:[ \t]*\n(?:[ \t]+[\w.-]+:[^\n]*\n){0,40}?[ \t]+[A-Z][A-Z0-9_]*(?:KEY|TOKEN|SECRET)[A-Z0-9_]*:[ \t]*$/m;
const COMPOSE_UNSET =
  /The "([A-Z][A-Z0-9_]*(?:KEY|TOKEN|SECRET)[A-Z0-9_]*)" variable is not set\. Defaulting to a blank string/;

/** The status line the page's terminal test prints (terminal-commands.ts). */
const TERMINAL_STATUS = /^[ \t]*HTTP(?: \d{3})?[ \t]*$/m;

/** A browser console's own lines (ErrorSign 'browser-console'). */
const BROWSER_CONSOLE =
  /\bUncaught \(in promise\)|\bFailed to load resource: the server responded with a status of \d{3}|^[ \t]*(?:XHR ?)?(?:POST|GET) https?:\/\/\S+ (?:\d{3} \([A-Za-z ]+\)|\[HTTP\/[\d.]+ \d{3}\b)/m;

const SIGN_PATTERNS: readonly [ErrorSign, RegExp][] = [
  [
    'unofficial-deepseek-package',
    /\bdeepseek\.\w*(?:Error|Exception)\b|\bfrom deepseek import\b|No module named ['"]deepseek['"]|Cannot find module ['"]deepseek['"]|['"`]deepseek\.Client['"`]|\bmodule ['"]deepseek['"] has no attribute\b/,
  ],
  ['openai-incorrect-key', /Incorrect API key provided/i],
  [
    'openai-host',
    /\b(?:api|platform)\.openai\.com\b|You exceeded your current quota|insufficient_quota|\bunsupported_country_region_territory\b/,
  ],
  ['deepseek-host', /\bapi\.deepseek\.com\b/],
  // DeepSeek's words for its own 5xx (SPEC §5: 503 "Server overloaded"; "Service is too busy. We
  // advise users to temporarily switch to alternative LLM API service providers."), and OpenCode's
  // prefix for an answer DeepSeek gave it (other-hosts.ts, opencode-go): a relay passing them on.
  [
    'deepseek-server-words',
    /Service is too busy\. We advise users|\bServer overloaded\b|Error\s+from\s+provider\s+\(DeepSeek\)/i,
  ],
  ['completion-ok', /\bPOST\s+\S*\/chat\/completions\b["']?\s+["']?HTTP\/[\d.]+ 200\b/i],
  ['no-key-python', PYTHON_NO_KEY],
  ['no-key-node', /OPENAI_API_KEY environment variable is missing or empty/i],
  ['missing-credentials', /\bMissing credentials\b(?!\.?\s+Please pass an `?api_key\b)/i],
  [
    'langchain-no-key',
    /Did not find openai_api_key|API key or Token Provider not found|openai_api_key\s+field required/i,
  ],
  ['env-keyerror', /^[ \t]*KeyError: ['"]\w*(?:KEY|TOKEN|SECRET)\w*['"]/im],
  [
    'env-named-unset',
    /\bCould not resolve placeholder '[A-Z][A-Z0-9_]*(?:KEY|TOKEN)[A-Z0-9_]*'|\bauthentication environment variables are set: \(['"][A-Z][A-Z0-9_]*_(?:KEY|TOKEN)['"]|\bMissing environment variable:? `?[A-Z][A-Z0-9_]*(?:KEY|TOKEN)\b|\b[A-Z][A-Z0-9_]*_(?:KEY|TOKEN)`? (?:must be set|(?:is )?not (?:set|configured|defined|provided)|is required)\b|\bparameter or the (?!OPENAI_API_KEY\b)[A-Z][A-Z0-9_]*_(?:KEY|TOKEN) environment variable\b|\bhas no key ["'`]?[A-Z][A-Z0-9_]*(?:KEY|TOKEN)\b|\b[A-Z][A-Z0-9_]*(?:KEY|TOKEN)[A-Z0-9_]*: (?:parameter null or not set|parameter not set|unbound variable)\b/,
  ],
  ['env-read-shown', TRACEBACK_KEY_READ],
  ['openai-env-fallback', /\bOPENAI_API_KEY\b/],
  // sudo's env_reset (sudoers(5), on by default): the program gets none of the shell's variables,
  // unless -E / --preserve-env keeps them.
  [
    'worked-before',
    /\b(?:used to work|worked (?:fine |well |perfectly |ok )?(?:before|earlier|yesterday|last (?:week|night|time)|at first|the first time|until|for (?:days|weeks|months|years|a (?:week|month|year)))|was (?:working|chatting|running) (?:fine |well |perfectly )?(?:before|earlier|yesterday|last night|until)|had been working)\b|\b(?:(?:has |have |that'?s |it'?s )?been )?running (?:fine )?(?:for )?(?:\d+|a few|several|two|three) (?:days|weeks|months)\b|\b(?:ran|has run|had run)\b[^\n.]{0,30}?\bfor (?:about |around |over |nearly |almost )?(?:\d+|a few|several|two|three|four|five|six) (?:days|weeks|months|years)\b|第一次(?:用|使用|运行)?(?:还是|是|都)?(?:可以|能用|正常|成功)|(?:之前|以前|原来|昨天|前几天|前两天|刚才)(?:都|一直|还|也)?(?:是)?(?:可以|能用|正常|好好的|没问题)|(?:跑|用)了[^\n。，]{0,8}(?:天|周|月|年)[^\n。，]{0,6}(?:都|一直)?(?:没问题|正常|好好的)|用了(?:好几|几|两|三|\d+)个?(?:月|周|年)/i,
  ],
  [
    'key-in-dotenv',
    /(?:\.env\b|\benv file)[^\n。，]{0,12}?(?:已经?|already)\s*(?:配置|设置|填|写|创建|create|set|configured|has|contains)|\.env\s*(?:文件)?(?:里面?|中)\s*(?:已经?)?(?:配置|设置|填|写)|\b(?:put|added|set|configured|wrote|saved) (?:it |the key |my (?:api )?key |the api key )?in(?:to)? (?:the |my |a )?(?:\.env\b|env file)/i,
  ],
  ['models-listed', DEEPSEEK_MODEL_LIST],
  ['compose-blank-key', COMPOSE_UNSET],
  ['ci-secret-blank', CI_SECRET_BLANK],
  ['env-file-passed', ENV_FILE_PASSED],
  ['secret-key-missing', /\bcouldn't find key [\w.-]+ in Secret\b/],
  [
    'sudo-run',
    /^[ \t]*(?:[$#][ \t]+|[\w.-]+@[\w.-]+:[^\n$#]*[$#][ \t]+)?sudo[ \t]+(?:-(?!E\b)[A-Za-z]+[ \t]+)*(?!-E\b|--preserve-env)(?:docker|python3?|node|npm|npx|uv|uvicorn|pip3?|bash|sh|\.\/)/m,
  ],
  // Refused by the client before sending: httpx/h11, Node, the browser's fetch; Go's net/http
  // ("net/http: invalid header field value for %q", transport.go), OkHttp ("Unexpected char 0x0a
  // at 35 in Authorization value", Headers.checkValue) and reqwest ("failed to parse header value");
  // requests' InvalidHeader ("Invalid leading whitespace, reserved character(s), or return
  // character(s) in header value", utils._validate_header_part; before 2.28 "Invalid return
  // character or leading space in header") and aiohttp's "Newline or carriage return detected in
  // headers" (their sources, checked December 2026).
  [
    'invalid-header',
    /Illegal header value|reserved character\(s\), or return character\(s\) in header value|Invalid return character or leading space in header|Newline or carriage return (?:character )?detected in headers|Invalid character in header content|is an invalid header value|Invalid header value|invalid header field value for "?Authorization|Unexpected char 0x[0-9a-f]{2} at \d+ in Authorization value|failed to parse header value|non ISO-8859-1 code point|Cannot convert argument to a ByteString|UnicodeEncodeError: '(?:ascii|latin-1)' codec/i,
  ],
  ['browser-console', BROWSER_CONSOLE],
  ['terminal-test', TERMINAL_STATUS],
  ['empty-bearer', /(?:Illegal header value|in header value:) b?['"]Bearer ?['"]/],
  ['doubled-path', /\/chat\/completions\/chat\/completions|\/v1\/v1\//],
  ['intermittent', INTERMITTENT],
  ['object-printed', /\[object Object\]/],
  [
    'unknown-provider',
    /\bUnknown provider:? ['"`]?deepseek|LLM Provider NOT provided|\bNo adapter found for ['"`]?deepseek|\bUnsupported translation service\b|\binvalid value ['"`][^'"`\n]{1,40}['"`] for ['"`]?--provider\b/i,
  ],
];

/**
 * ChatLuna (a Koishi chat plugin; ChatHub before) replaces any failure with "使用 ChatLuna 时出现错误，
 * 错误码为 N。请联系开发者以解决此问题。", N its own ChatLunaErrorCode (its utils/error.ts and docs,
 * checked December 2026): 1 NETWORK_ERROR, 102 API_REQUEST_TIMEOUT, 100 API_KEY_UNAVAILABLE, 103
 * API_REQUEST_FAILED; 300–303 and 307, 308, 311 its model adapter, model, preset or config not
 * found or not started, before any request (ChatLunaLab/chatluna#366: 301 from `_createModel`,
 * settled as the plugin installed from a broken market source; its maintainer: "deepseek 请使用
 * `deepseek-adapter`"). Its codes 400–406 are chat rooms, 500–505 its knowledge base: no HTTP
 * status.
 */
const CHATLUNA_CODE =
  /(?:使用\s*)?(?:ChatLuna|ChatHub)\s*(?:时)?出现(?:了)?错误[，,]?\s*错误码为\s*[:：]?\s*(\d{1,3})/;
const CHATLUNA_MODEL_CODES: ReadonlySet<number> = new Set([300, 301, 302, 303, 307, 308, 311]);

/**
 * urllib3 (under requests) got no answer at all: "Max retries exceeded with url: … (Caused by
 * NewConnectionError(…))", or a DNS, timeout, TLS or proxy error in its place; not "(Caused by
 * ResponseError(…))", its retries on answers it was given. A status beside it is the tool's own
 * wrapper's ("(Status: 500, Code: , Type: )", zhayujie/CowAgent#2718; checked December 2026).
 */
const NO_ANSWER = /\bMax retries exceeded with url\b[\s\S]{0,400}?\(Caused by (?!ResponseError)\w+/;

/**
 * Errors raised on the machine before any request, with no status and no answer beside them: the
 * key was never checked. In the order they are told apart:
 * - openai-python before 1.55.3 hands httpx a `proxies` argument that httpx 0.28 removed
 *   ("Client.__init__() got an unexpected keyword argument 'proxies'"; openai/openai-python#1902,
 *   fixed in 1.55.3; anthropics/anthropic-sdk-python#767; checked December 2026);
 * - code and installed SDK of different majors: openai-python 1.x raises APIRemovedInV1 ("You
 *   tried to access openai.ChatCompletion, but this is no longer supported in openai>=1.0.0",
 *   openai/lib/_old_api.py), and an openai older than 1.0 has no `OpenAI` class to import;
 * - a module that is not installed where the code runs (Python's ModuleNotFoundError, Node's
 *   "Cannot find module" / ERR_MODULE_NOT_FOUND "Cannot find package"); group 1 or 2 names it;
 * - the code itself: a syntax error, a name not defined, a module without the attribute used
 *   (`module 'deepseek' has no attribute 'Client'`: the unofficial package's API), a call given
 *   an argument it does not take (ScrapeGraphAI/Scrapegraph-ai#623: "Completions.parse() got an
 *   unexpected keyword argument 'model_provider'", the library's bug). A SyntaxError
 *   about JSON or a `<` is an answer that was not JSON, not the code;
 * - Codex refusing its config's `wire_api = "chat"` ("is no longer supported", x-cmd/x-cmd#378):
 *   DeepSeek has served the Responses API since 31 July 2026 (deepseek-facts.ts). Not its earlier
 *   warning that "chat" is deprecated, after which it still sent the request.
 */
const LOCAL_ERRORS: readonly (readonly [LocalError, RegExp])[] = [
  ['httpx-proxies', /\bunexpected keyword argument ['"]proxies['"]/],
  [
    'sdk-version',
    /\bAPIRemovedInV1\b|no longer supported in openai>=1\.0\.0|\bcannot import name ['"](?:Async)?OpenAI['"] from ['"]openai['"]|\bmodule ['"]openai['"] has no attribute ['"](?:Async)?OpenAI['"]/,
  ],
  [
    'module-missing',
    /\bNo module named ['"]?([\w.]+)|\bCannot find (?:module|package) ['"]((?:@[\w.-]+\/)?[\w.-]+)/,
  ],
  ['codex-wire-api', /\bwire_api\s*=\s*["']?chat["']?`?\s+is\s+no\s+longer\s+supported\b/i],
  [
    'code',
    /^[ \t]*(?:\w+\.)*(?:(?:IndentationError|NameError|ImportError|ReferenceError): |SyntaxError: (?![^\n]*(?:JSON|<))|AttributeError: module ['"][\w.]+['"] has no attribute |TypeError: [\w.]+\(\) got an unexpected keyword argument )/m,
  ],
];

function signsOf(text: string): ErrorSign[] {
  return SIGN_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([sign]) => sign);
}

/**
 * A tool's own "no key" message, in its words: nothing was sent. @langchain/deepseek's "Deepseek
 * API key not found" (danny-avila/LibreChat#6559), CAMEL's "Missing or empty required API keys"
 * (camel-ai/owl#523), "未配置 DeepSeek 的 API Key"
 * (ExplosiveCoderflome/AI-Novel-Writing-Assistant#113), "你还没配置LLM的密钥"
 * (xinnan-tech/xiaozhi-esp32-server#1015), "启用的 `deepseek` 实例缺少 API Key"
 * (whiteguo233/OpenBiliClaw#176), Claude Code's "Not logged in · Please run /login" (no
 * token reached it, zts212653/clowder-ai#1088), "无可用key" (Feather-2/Burner-X#44),
 * "Deepseek密钥没找到" (Tommy-old/b2b-buyer-discovery#2), "API Key 不存在 · code: MISSING_CREDENTIAL"
 * (ccch1mneyyy/dsh-TUI#578); aider's "Missing these environment variables: - DEEPSEEK_API_KEY"
 * (Aider-AI/aider#985, where cmd's `echo %DEEPSEEK_API_KEY%` printed the name back: cmd echoes an
 * unset variable as written); Spring's "Circular placeholder reference 'spring.ai.deepseek.api-key'"
 * (a property that names itself, java-ai-tech/spring-ai-summary#36); Codex's "Missing environment variable:
 * `NAME`." (its EnvVarError), Spring AI's "DeepSeek API key must be set" (its DeepSeek
 * auto-configuration), and the "DEEPSEEK_API_KEY must be set" / "is not set" that programs throw
 * themselves (langchain-deepseek, Rust's `env::var(…).expect`); MetaGPT's "Please set your API
 * key in config2.yaml" (FoundationAgents/MetaGPT#1671); the Vercel AI SDK's "DeepSeek API key is
 * missing. Pass it using the 'apiKey' parameter or the DEEPSEEK_API_KEY environment variable."
 * (its loadApiKey, vercel/ai packages/provider-utils, checked December 2026); agno's
 * "DEEPSEEK_API_KEY not set. Please set the DEEPSEEK_API_KEY environment variable." (its
 * models/deepseek), pydantic-ai's "Set the `DEEPSEEK_API_KEY` environment variable or pass it via
 * `DeepSeekProvider(api_key=...)`" (its providers/deepseek), Streamlit's `st.secrets has no key
 * "NAME"` (the kubelet's "couldn't find key NAME in Secret" is a sign of its own); Spring's "Could not resolve placeholder 'NAME' in value "${NAME}"" (its
 * PropertyPlaceholderHelper: NAME is in no property source, the environment included), and
 * Haystack's "None of the following authentication environment variables are set: ('NAME',)"
 * (deepset-ai/haystack, haystack/utils/auth.py, EnvVarSecret; checked December 2026), and the
 * Anthropic SDKs' "Could not resolve authentication method. Expected one of api_key, auth_token, or
 * credentials to be set" (anthropic-sdk-python's _validate_headers; the TypeScript SDK's
 * validateHeaders, as CredentialsError; checked December 2026); gpt_academic's "APIKEY为空,请检查配置文件的…"
 * (request_llms/oai_std_model_template.py: the model's own key setting is empty); bash's
 * "NAME: parameter null or not set" for `${NAME:?}` and "NAME: unbound variable" under `set -u`
 * (the Bash manual, "Shell Parameter Expansion" and "The Set Builtin"); gptel's "No ‘gptel-api-key’
 * found in the auth source" (gptel.el, its auth-source lookup by the backend's host); Mindcraft's
 * "API key "DEEPSEEK_API_KEY" not found in keys.json or environment variables!" (its
 * src/utils/keys.js, mindcraft-bots/mindcraft#423); Witsy's "You need to enter your API key in
 * the Models tab of Settings in order to chat" (the chat's engine had no key,
 * Kochava-Studios/witsy#210); "未配置任何 LLM（LITELLM_CONFIG / LLM_CHANNELS / *_API_KEY）"
 * (ZhuLinsen/daily_stock_analysis#855: the workflow did not map the secret); "##[error]
 * DEEPSEEK_API_KEY is required" (api7/aisix#409, a CI run without the secret) and "is not
 * configured" (openobserve/openobserve#12733, a workflow run from a fork); a key the app does not
 * keep, so each start has none: "my API-key … the one for Deepseek is forgotten after every use"
 * (papersgpt/papersgpt-for-zotero#34, fixed in its v0.0.9), "每次都要重新配置api"
 * (esengine/DeepSeek-Reasonix#4390, fixed by keeping keys in the OS's credential store; checked
 * December 2026).
 */
const MISSING_KEY =
  /\bCould not resolve placeholder '[A-Z][A-Z0-9_]*(?:KEY|TOKEN)[A-Z0-9_]*'|\bNone of the following authentication environment variables are set\b|\bMissing environment variable:? `?[A-Z][A-Z0-9_]*(?:KEY|TOKEN)\b|\b(?:api[ _-]?key|[A-Z][A-Z0-9_]*_(?:KEY|TOKEN))`? (?:must be set|(?:is )?not (?:set|configured|defined|provided)|is required|must not be empty)\b|\bSet the `?[A-Z][A-Z0-9_]*_(?:KEY|TOKEN)`? environment variable\b|\bhas no key ["'`]?[A-Z][A-Z0-9_]*(?:KEY|TOKEN)\b|\bPlease set your api[ _-]?key\b|\bmissing\b[^\n]{0,40}\bapi[ _-]?keys?\b|\bno (?:[A-Z][\w.-]* )?api[ _-]?key (?:was |is |has been )?(?:provided|found|set|given|configured)\b|\bapi[ _-]?key (?:is )?(?:not (?:provided|found|set|configured)|required)\b|providers\/\w+\.lua:\d+: attempt to concatenate a nil value|(?:未|没有?|还没)配置[^\n。]{0,60}?(?:API[ _]?Key|密钥|秘钥)|缺少[ \t]*(?:API ?Key|密钥|秘钥)|\bAPI[ _-]?KEY ?为空|(?:密钥|秘钥) ?为空|\bNot logged in\b[^\n]{0,8}Please run \/login|无可用的? ?(?:api ?)?key|(?:密钥|秘钥|key)(?:没|未)找到|找不到(?:api ?)?(?:密钥|秘钥|key)|(?:API ?Key|密钥|秘钥) ?不存在|\bMISSING_CREDENTIALS?\b|\bMissing these environment variables:?\s*-?\s*[A-Z][A-Z0-9_]*(?:KEY|TOKEN)\b|\bCircular placeholder reference '[\w.-]*(?:api-key|token)'|\bCould not resolve authentication method\. Expected (?:one of|either) api_?[Kk]ey\b|^[ \t]*%[A-Z][A-Z0-9_]*(?:KEY|TOKEN)%[ \t]*$|\b[A-Z][A-Z0-9_]*(?:KEY|TOKEN)[A-Z0-9_]*: (?:parameter null or not set|parameter not set|unbound variable)\b|\bNo [‘'`"]?[\w-]*api-key[’'`"]? found\b|\bAPI key ["'`][A-Z][A-Z0-9_]*(?:KEY|TOKEN)["'`] not found\b|\b(?:you need to|you must|please) (?:enter|add|set|provide) (?:an?|your|the) (?:[\w-]+ )?API key\b|\bapi[ _-]?key\b[^\n]{0,80}?\b(?:is|was|gets|got) forgotten (?:after|on|every|each|between)\b|\b(?:api[ _-]?key|the key)\s+(?:is|was|gets|got|isn['’]t|wasn['’]t)\s+(?:not\s+)?(?:saved|kept|remembered|persisted)\s+(?:after|on|every|each|between)\b|每次(?:都)?(?:要|得|需要)重新(?:配置|设置|输入|填写?)[^\n，。]{0,6}?(?:key|密钥|秘钥|api(?![ _-]?(?:地址|url|base|接口地址)))/im;
/** The variable a "no key" message asks for: "Please set the DEEPSEEK_API_KEY environment variable". */
const ASKED_VARIABLE =
  /\bCould not resolve placeholder '([A-Z][A-Z0-9_]*(?:KEY|TOKEN)[A-Z0-9_]*)'|\bauthentication environment variables are set: \(['"]([A-Z][A-Z0-9_]*)['"]|\bhas no key ["'`]?([A-Z][A-Z0-9_]*(?:KEY|TOKEN))\b|\b(?:[Ss]et|setting|provide) (?:the )?`?([A-Z][A-Z0-9_]*_(?:KEY|TOKEN))\b|\benvironment variables?:? `?([A-Z][A-Z0-9_]*_(?:KEY|TOKEN))\b|\b([A-Z][A-Z0-9_]*_(?:KEY|TOKEN))`? (?:must be set|(?:is )?not (?:set|configured|defined|provided)|is required)\b|\bparameter or the ([A-Z][A-Z0-9_]*_(?:KEY|TOKEN)) environment variable\b|\bMissing these environment variables:?\s*-?\s*([A-Z][A-Z0-9_]*(?:KEY|TOKEN))\b|^[ \t]*%([A-Z][A-Z0-9_]*(?:KEY|TOKEN))%[ \t]*$|\b([A-Z][A-Z0-9_]*(?:KEY|TOKEN)[A-Z0-9_]*): (?:parameter null or not set|parameter not set|unbound variable)\b/m;
const OPENAI_NO_KEY = /You didn't provide an API key/i;
const KEY_ERROR = /^[ \t]*KeyError: ['"](\w+)['"]/m;
/**
 * An authentication failure in words, without a status: a tool's message or a reporter's summary
 * ("Deepseek api key invalid error", zed-industries/zed#64015; "API Key 无效"; "my API key is not
 * correct", cline/kanban#414; "验证失败", zhangrenyang/deepseek#2; "Authentication failed. Please
 * check your credentials.", DayuanJiang/next-ai-draw-io#652; "The API key format is incorrect",
 * #577; "提示认证异常", LazyAGI/LazyCraft#16; LobeChat's error type InvalidProviderAPIKey,
 * lobehub/lobehub#7058; "it causes authentication failure", deepseek-ai/
 * awesome-deepseek-integration#21; DeepSeek's own error type for a 401, "authentication_error",
 * named in a reporter's words, langgenius/dify#39508; "the server rejected your API key",
 * esengine/DeepSeek-Reasonix#7818).
 */
const AUTH_IN_WORDS =
  /认证失败|鉴权失败|身份验证失败|(?:验证|校验)(?:失败|无效)|API ?(?:密钥|秘钥|Key) ?(?:无效|错误|不正确)|\bapi\s?key (?:is )?(?:invalid|not valid|not correct|incorrect|wrong)\b|\binvalid api[ _-]?key\b|\bapi[ _-]?key format is (?:incorrect|invalid)\b|\bauthentication fail(?:ed|ure)\b|\bnot authori[sz]ed\b|认证异常|\bInvalidProviderAPIKey\b|\bauthentication_error\b|\brejected (?:your|the|my) API key\b/i;

function noKeyMessage(text: string): string | null {
  // A traceback quotes the SDK's raise first, its string's closing quote (a lone one) included.
  const line = lineOf(
    text,
    /(?:The api_key client option must be set|The OPENAI_API_KEY environment variable is missing|Missing credentials|Did not find openai_api_key|\bKeyError: |(?<=^|\s)[^\n]{0,40}?\bapi[ _-]?key (?:is )?(?:not (?:provided|found|set|configured)|missing)|Missing or empty required API keys|The "\w+" variable is not set|Not logged in)[^\n]*/i,
  );
  return line?.replace(/^([^"'\n]*)["'],?\)?$/, '$1') ?? null;
}

// --- SDK -----------------------------------------------------------------------------------

/** Each SDK's signs, and, where given, what rules them out. */
const SDK_PATTERNS: readonly [ErrorSdk, RegExp, RegExp?][] = [
  ['litellm', /\blitellm\b|DeepseekException/i],
  [
    'langchain',
    /\blangchain(?!4j)|@langchain\/|Did not find openai_api_key|API key or Token Provider not found/i,
  ],
  // The Vercel AI SDK's errors are named AI_…Error (AI_APICallError, AI_LoadAPIKeyError), and its
  // stack runs through @ai-sdk/ packages: before Node's stack, which openai-node's pattern reads.
  ['ai-sdk', /\bAI_\w+Error\b|[\\/]@ai-sdk[\\/]/],
  [
    'python-openai',
    /\bopenai\.\w*(?:Error|Exception)\b|[\\/]openai[\\/][\w\\/]*\.py\b|The api_key client option must be set|Missing credentials\.?\s+Please pass an `?api_key\b/,
  ],
  [
    'node-openai',
    /node_modules[\\/]openai\b|^[ \t]*(?:[\w.-]+:\d+ )?(?:Uncaught (?:\(in promise\) )?)?\w*Error: [45]\d\d (?:status code|\w)|OPENAI_API_KEY environment variable is missing|\bMissing credentials\b|^[ \t]*status: [45]\d\d,/im,
  ],
  // A Node stack alone, unless its frames run through another package (n8n's NodeApiError is
  // n8n's own, node_modules/n8n-core, not openai-node's) or a browser printed it.
  [
    'node-openai',
    /\bat [^\n]{1,200}:\d+:\d+\)?$/m,
    new RegExp(`node_modules[\\\\/](?!openai[\\\\/])[@\\w]|${BROWSER_CONSOLE.source}`, 'm'),
  ],
  ['powershell', /\bInvoke-(?:RestMethod|WebRequest)\b|^[ \t]*PS [A-Z]:\\/m],
  [
    'curl',
    /^[ \t]*(?:<[ \t]*)?HTTP\/\d(?:\.\d)? \d{3}\b|\bcurl: \(\d+\)|^[ \t]*(?:\$[ \t]*)?curl\s/im,
  ],
];

/** openai-python's message shape; a made-up `deepseek` package may copy it. */
const PYTHON_STATUS_SHAPE = /Error code: \d{3} - [{'"]/;

function sdkOf(text: string, signs: readonly ErrorSign[]): ErrorSdk {
  const found = SDK_PATTERNS.find(
    ([, pattern, unless]) => pattern.test(text) && !unless?.test(text),
  )?.[0];
  if (found) return found;
  if (PYTHON_STATUS_SHAPE.test(text) && !signs.includes('unofficial-deepseek-package')) {
    return 'python-openai';
  }
  if (TERMINAL_STATUS.test(text)) return terminalOf(text);
  return 'unknown';
}

/**
 * Which of the terminal test's commands printed this. PowerShell prints the status first when the
 * request fails, and DeepSeek's JSON re-indented over several lines when it succeeds; curl prints
 * DeepSeek's body as it came, on one line, and the status after it.
 */
function terminalOf(text: string): ErrorSdk {
  if (/^\s*HTTP\b/.test(text) || /^[ \t]+"\w+":[ \t]/m.test(text)) return 'powershell';
  return 'curl';
}

// --- Status --------------------------------------------------------------------------------

const STATUS_PATTERNS: readonly RegExp[] = [
  // openai-python: "Error code: 401 - {...}"
  /\bError code:?\s*([1-5]\d\d)\b/,
  // ProxyAI (JetBrains): "Unknown API response. Code: 404, Body: {…}" (carlrobertoh/ProxyAI#827).
  /\bCode:[ \t]*([45]\d\d),?[ \t]*Body:/,
  // curl -i / -v status line, and httpx's log line `"HTTP/1.1 401 Unauthorized"`
  /^[ \t]*(?:<[ \t]*)?HTTP\/\d(?:\.\d)?[ \t]+([1-5]\d\d)\b/m,
  /(?<=[:([][ \t]?)HTTP\/\d(?:\.\d)?[ \t]+([1-5]\d\d)\b/,
  /"HTTP\/\d(?:\.\d)? ([1-5]\d\d)\b/,
  // openai-node: "AuthenticationError: 401 Authentication Fails"
  /\b(?:\w*Error|Exception)(?: \[\w+\])?:[ \t]+([45]\d\d)\b/,
  // openai-node's message for an answer with no body, as a tool prints it alone: "401 status
  // code (no body)" (its core/error.ts; zhangjf/mi-gpt#264, a 403).
  /\b([45]\d\d) status code \(no body\)/,
  /(?:\b(?:status(?:[_ ]?code)?|statusCode|http_status)|状态码|错误码|返回码|响应码)['"]?[ \t]*[:=：]?[ \t]*['"]?([45]\d\d)\b/i,
  // A response's status as a field: "response: 401", "response status=401".
  /\bresponse(?:[ _](?:code|status))?['"]?[ \t]*[:=][ \t]*([45]\d\d)\b/i,
  /\b(401) (?:Authentication|Authorization) (?:Failure|Failed|Required|Error)\b/i,
  // The reason phrase after the status: "401 Unauthorized", "401 - Unauthorized", "[401]
  // Unauthorized", "HttpError 401: Unauthorized".
  /\b([45]\d\d)\]?(?: ?[-:])? (?:Unauthorized|Payment\s+Required|Forbidden|Not\s+Found|Too\s+Many\s+Requests|Internal\s+Server\s+Error|Bad\s+Gateway|Service\s+Unavailable|Gateway\s+Timeout|Bad\s+Request|Unprocessable\s+(?:Entity|Content))\b/i,
  /\bHTTP (?:error |status )?([45]\d\d)\b/i,
  // Roo Code's error row: "Provider Error · 401".
  /\bProvider Error · ([45]\d\d)\b/,
  // Python requests: "401 Client Error: Unauthorized for url: …"
  /\b([45]\d\d)\s+(?:Client|Server)\s+Error\b/,
  // .NET: HttpClient's "Response status code does not indicate success: 401 (Unauthorized)."
  // (also PowerShell 7's Invoke-RestMethod), WebException's "The remote server returned an
  // error: (401) Unauthorized." (Windows PowerShell 5.1).
  /\b([45]\d\d) \((?:Unauthorized|Payment Required|Forbidden|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout|Bad Request)\)/,
  /\(([45]\d\d)\) (?:Unauthorized|Payment Required|Forbidden|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout|Bad Request)\b/,
  // The phrase first: cc-switch's "Not found (404)" (farion1231/cc-switch#2553), Reasonix's "Bad
  // request (DeepSeek 400)" (esengine/DeepSeek-Reasonix#1299).
  /\b(?:Unauthorized|Payment Required|Forbidden|Not found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout|Bad Request) \((?:\w+ )?([45]\d\d)\)/i,
  // An error class with its status in brackets, as a reporter writes it: "an OpenAI
  // BadRequestError (400)" (microsoft/autogen#7201), the same as with full-width brackets; or
  // before the body, as Claude Code prints a router's answer: "API Error (500 {…})"
  // (musistudio/claude-code-router#168). A word before the status in brackets and a colon after:
  // "API error (404): 404 page not found" (nestcn/docs.nestjs.cn#564), "Invalid request (404): …"
  // (Hmbown/Codewhale#1482; checked December 2026).
  /\b\w*(?:Error|Exception)[ \t]*\(([45]\d\d)(?![\d.])/,
  /\b[A-Za-z]+[ \t]*\(([45]\d\d)\)[ \t]*:/,
  // Java: OkHttp's `Response{protocol=h2, code=401, message=, url=…}`, HttpURLConnection's
  // "Server returned HTTP response code: 401 for URL: …".
  /\bResponse\{[^}\n]{0,300}?\bcode=([45]\d\d)\b/,
  /\bHTTP response code:? ([45]\d\d)\b/i,
  // OkHttp's HttpLoggingInterceptor: "<-- 401 https://api.deepseek.com/… (123ms)".
  /<--[ \t]*([1-5]\d\d)\b/,
  // Rust: reqwest's error as Debug prints it, `reqwest::Error { kind: Status(401), url: … }`.
  /\bkind: Status\(([45]\d\d)\)/,
  // A status that starts a line or follows a colon, before the server's words, as tools print
  // it: Cline's "422 Failed to deserialize …" (cline/cline#230), Continue's "400 The
  // `reasoning_content` …", Refly's "模型提供方出错，请稍后重试 : 400 Invalid 'tools[0]…'"
  // (refly-ai/refly#1794), LiteLLM's "VertexAIException InternalServerError - 400 Request contains
  // an invalid argument." (BerriAI/litellm#12717: the class names a 500, the upstream said 400).
  // Statuses only: not a port such as ":443 Connection refused".
  /(?:^|:|(?<=[A-Za-z)\]])[ \t]-)[ \t]*(4[0-2]\d|45[01]|50\d)[ \t]+(?=[A-Z][a-z])/m,
  // The page's terminal test: "HTTP 200" on a line of its own.
  /^[ \t]*HTTP ([1-5]\d\d)[ \t]*$/m,
  // The revoked check prints the status alone.
  /^\s*(200|40[1-4]|429|50[0-4])\s*$/,
  // A 401 in a reporter's prose: next to Chinese text or punctuation ("提示401", "立即 401 或
  // 404", "the other 401，"), or after a word that makes it a status ("always 401", "invalid:
  // 401", "request failed: 401"); esengine/DeepSeek-Reasonix#5015, Karben233/bili-hardcore#37, langgenius/dify-plugin-daemon#101,
  // microsoft/vscode-copilot-release#6918. Not "line 401", a port, an id or "401 ms".
  // DeepSeek's 402 likewise ("显示error402", dmMaze/BallonsTranslator#707).
  /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef][ \t]?)(40[12])(?![\w.])/,
  /(?<![\w.:/-])(40[12])(?=[ \t]?[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/,
  /\b(?:always|got|get|getting|returns?|returned|gives?|error|invalid|fail(?:s|ed)?(?: with)?|respond(?:s|ed)? with|received)(?:\b:?[ \t]*)?(40[12])\b(?![ \t]*ms\b)/i,
  // Other statuses in prose, where the words make them one: "说什么 404 错误" (friuns2/codex-
  // mobile#200), "causes 400 error" (Gitlawb/openclaude#774), "reported a 422 error"
  // (cline/cline#2920), "returns 404". Not "第404行", "404 行", "line 404，", "got 500 tokens".
  /(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef][ \t]?)(?<!第[ \t]?)(400|40[34]|422|429|50[0234])(?![\w.])(?![ \t]?[行条个次元秒分天页号位])/,
  /(?<![\w.:/-])(?<!\bline[ \t])(400|40[34]|422|429|50[0234])(?=[ \t]?[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])(?![ \t]?[行条个次元秒分天页号位])/,
  /\b(400|40[34]|422|429|50[0234])[ \t]+errors?\b|\b(?:got|getting|returns?|returned|respond(?:s|ed)? with|fail(?:s|ed)? with|error)[ \t]+(?:an?[ \t]+)?(400|40[34]|422|429|50[0234])\b(?![ \t]*(?:ms|tokens?|bytes|chars?|characters|lines?|times|words|items|messages|rows|requests)\b)/i,
];

/** How many matches of one pattern are looked through for an error status. */
const MAX_STATUS_MATCHES = 50;

/**
 * The first error status (4xx, 5xx) any pattern finds, in the patterns' order; else the first
 * status at all. A log may show a 200 for an earlier request before the 401.
 */
function statusOf(text: string): number | null {
  let first: number | null = null;
  for (const pattern of STATUS_PATTERNS) {
    const global = new RegExp(pattern.source, `${pattern.flags}g`);
    let count = 0;
    for (const found of text.matchAll(global)) {
      const status = Number(found[1] ?? found[2]);
      if (status >= 400) return status;
      first ??= status;
      if (++count >= MAX_STATUS_MATCHES) break;
    }
  }
  // A tool's sentence for an error outranks a success logged before it, as an error status does.
  return (
    TOOL_STATUS_MESSAGES.find(([, message]) => message.test(text))?.[0] ??
    first ??
    (UNAUTHORIZED_ALONE.test(text) ? 401 : null) ??
    REASON_STATUS[REASON_ALONE.exec(text)?.[1]?.toLowerCase() ?? ''] ??
    CLASS_STATUS[CLASS_ALONE.exec(text)?.[1] ?? ''] ??
    null
  );
}

/**
 * An error class followed by the reason phrase alone, as the AI SDK prints a status:
 * "APICallError [AI_APICallError]: Unprocessable Entity" (dzhng/deep-research#22).
 */
const REASON_ALONE =
  /\b\w+(?:Error|Exception)(?: \[\w+\])?:[ \t]*(Bad Request|Payment Required|Forbidden|Not Found|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)[ \t.!]*$/im;
const REASON_STATUS: Readonly<Record<string, number>> = {
  'bad request': 400,
  'payment required': 402,
  forbidden: 403,
  'not found': 404,
  'unprocessable entity': 422,
  'unprocessable content': 422,
  'too many requests': 429,
  'internal server error': 500,
  'bad gateway': 502,
  'service unavailable': 503,
  'gateway timeout': 504,
};

/**
 * openai-python's and openai-node's exception classes that name one status (their _exceptions.py
 * and error.ts), as a reporter quotes the class without the number ("throws an
 * `UnprocessableEntityError`", langchain-ai/langchain#29282). Not BadRequestError: LiteLLM raises
 * it for DeepSeek's 401 too (stacks/tools.ts).
 */
const CLASS_ALONE = /\b(UnprocessableEntityError|PermissionDeniedError)\b/;
const CLASS_STATUS: Readonly<Record<string, number>> = {
  UnprocessableEntityError: 422,
  PermissionDeniedError: 403,
};

/**
 * Tools that replace a provider's HTTP error with their own sentence for the status, and show
 * the provider's message only in the details, if at all. Checked December 2026:
 * - n8n (n8n-io/n8n, packages/workflow/src/errors/node-api.error.ts, STATUS_CODE_MESSAGES; older
 *   releases' wording too);
 * - Roo Code (RooCodeInc/Roo-Code, webview-ui/src/i18n/locales/en/chat.json: its "Provider
 *   Error · 401" row);
 * - Continue (continuedev/continue, gui/src/util/errorAnalysis.ts and StreamError.tsx);
 * - aider (Aider-AI/aider, aider/exceptions.py);
 * - Dify (langgenius/dify-plugin-sdks, InvokeAuthorizationError's description).
 */
const TOOL_STATUS_MESSAGES: readonly [number, RegExp][] = [
  [401, /\bAuthorization failed - please check your credentials\b/i],
  [402, /\bPayment required - (?:perhaps|please) check your payment details\b/i],
  [403, /\bForbidden - (?:perhaps|please) check your credentials\b/i],
  [404, /\bThe (?:resource|path) you are requesting (?:could not be|has not been) found\b/i],
  [429, /\bThe service is receiving too many requests from you\b/i],
  [500, /\bThe service was not able to process your request\b/i],
  [502, /\bBad gateway ?- (?:the )?service failed to handle your request\b/i],
  [503, /\bService unavailable - (?:perhaps )?try again later\b/i],
  [504, /\bGateway timed out - (?:perhaps )?try again later\b/i],
  [401, /\bCouldn['’]t authenticate with provider\b/i],
  [402, /\bYou seem to have run out of funds\/credits in your account\b/i],
  [401, /\bIt['’]s possible that your API key is invalid\b/i],
  [401, /\bThis error usually happens when the API key is actually invalid\b/i],
  [401, /\bNo API key was sent with the request\b/i],
  [402, /\bYour DeepSeek account appears to be out of credits\b/i],
  [401, /\bThe API provider is not able to authenticate you\b/i],
  [401, /\bIncorrect model credentials provided, please check and try again\b/i],
];

/**
 * HTTP's words for a 401 without the number, as a client's error message prints the reason
 * phrase alone: "DeepSeek API error: Unauthorized" (firecrawl/open-lovable#76), nginx's
 * "Authorization Required" (anomalyco/opencode#38505).
 */
const UNAUTHORIZED_ALONE =
  /\b(?:error|failed|status(?:Text)?)\b['"]?[ \t]*[:=-][ \t]*['"]?Unauthorized\b|\b\w+Error:[ \t]*Unauthorized[ \t.!]*$|^[ \t]*Unauthorized[ \t.!]*$|\bAuthorization Required\b/im;

// --- Message -------------------------------------------------------------------------------

/**
 * `'message': '…'`, `"message": "…"`, `message: '…'`, `message='…'`: Python repr, JSON, Node
 * inspect; FastAPI's `detail` likewise (DeepSeek's own 401 was `{"detail":"Authentication Fails"}`
 * in 2024, simonw/llm#393). The value may run over lines where a terminal or a logger broke it.
 */
const MESSAGE_FIELD =
  /['"]?\b(?:message|detail)['"]?[ \t]*[:=][ \t]*(?:'((?:\\.|[^'\\]){0,1000}?)'|"((?:\\.|[^"\\]){0,1000}?)")/g;
/** The same field in a body quoted as a JSON string: `"{\"message\":\"Bad credentials\"}"`. */
const ESCAPED_MESSAGE_FIELD =
  /\\"(?:message|detail)\\"[ \t]*:[ \t]*\\"((?:(?!\\")[^\n]){1,1000}?)\\"/g;
const TYPE_FIELD = /['"]?\btype['"]?[ \t]*[:=][ \t]*['"](\w+)['"]/;
/** openai-node's error message line: "AuthenticationError: 401 Authentication Fails, …". */
const NODE_MESSAGE = /^[ \t]*\[?(?:[\w$.]*Error)(?: \[\w+\])?:[ \t]+[45]\d\d[ \t]+([^\n]+)$/m;
/** Bare phrases in logs that print only the message. */
const BARE_MESSAGES: readonly RegExp[] = [
  // Also cut short after the tail ("****hmUA is inv", openai/codex#1043).
  /Authentication Fails(?:, Your api key: \*+.{0,4}? is(?: invalid| i[a-z]{0,5}(?![a-z]))?| ?\([^)\n]{0,100}\))?(?: ?\(request_id: ?[0-9A-Za-z-]+\))?/,
  // The message's second half alone, as an app's log or a reporter quotes it
  // (liliMozi/openhanako#615: "401，Your api key: ****3ffa is invalid").
  /Your api key: ?\*+[^\s*]{0,4} is invalid(?: ?\(request_id: ?[0-9A-Za-z-]+\))?/i,
  /Incorrect API key provided:[^\n]{0,300}?(?:api-keys\.|(?=['"]?[,}]|$))/m,
  /You didn't provide an API key\.?/,
  /Insufficient Balance/,
  /Rate Limit Reached/i,
  /The supported API model names are [^\n'"]{0,300}|Model Not Exist|The model `[^`\n]{1,80}` does not exist[^\n'"]*/,
  /Server Overloaded|Server Error/,
  /Invalid max_tokens value[^\n'"`]{0,120}|\d+K max_tokens is only available when using beta api/,
];
/** DeepSeek's and OpenAI's own messages: a wrapper's message around one does not hide it. */
const DEEPSEEK_MESSAGE =
  /Authentication Fails|Your api key: ?\*|Incorrect API key|didn't provide an API key|Insufficient Balance|Rate Limit Reached|Model Not Exist|supported API model names|max_tokens value|K max_tokens is only/i;
const KNOWN_MESSAGE =
  /Authentication Fails|Incorrect API key|didn't provide an API key|Insufficient Balance|Rate Limit|model|Server|quota|Invalid|auth/i;

function messageOf(text: string): string | null {
  const fields: string[] = [];
  let count = 0;
  for (const found of text.matchAll(MESSAGE_FIELD)) {
    const raw = found[1] ?? found[2];
    if (!raw) continue;
    const value = unescape(raw).replace(/\s*\n\s*/g, ' ');
    // Cut where an object starts inside it (a log quoted whole, its quotes unescaped): a fragment.
    if (/[{[]\s*$/.test(value)) continue;
    fields.push(value);
    // One level down: a body quoted inside a wrapper's field.
    for (const inner of value.matchAll(MESSAGE_FIELD)) {
      const innerRaw = inner[1] ?? inner[2];
      if (innerRaw) fields.push(unescape(innerRaw));
    }
    if (++count >= 20) break;
  }
  for (const found of text.matchAll(ESCAPED_MESSAGE_FIELD)) {
    fields.push(unescape(found[1]!));
    if (++count >= 20) break;
  }
  // A field that holds another is a wrapper's (a whole report in one JSON "detail"): the one
  // inside is the server's.
  const candidates = fields.filter(
    (field) => !fields.some((other) => other.length < field.length && field.includes(other)),
  );
  const node = NODE_MESSAGE.exec(text)?.[1];
  if (node) candidates.push(node.replace(/\]\s*$/, '').trim());
  for (const pattern of BARE_MESSAGES) {
    // The longest: where a terminal broke the message, its joined line holds all of it.
    const found = longestMatch(text, pattern);
    if (found) candidates.push(found.trim());
  }
  return (
    candidates.find((c) => DEEPSEEK_MESSAGE.test(c)) ??
    candidates.find((c) => KNOWN_MESSAGE.test(c)) ??
    candidates[0] ??
    null
  );
}

function longestMatch(text: string, pattern: RegExp): string | null {
  let longest: string | null = null;
  let count = 0;
  for (const [found] of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
    if (found.length > (longest?.length ?? -1)) longest = found;
    if (++count >= 20) break;
  }
  return longest;
}

function unescape(raw: string): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, escaped: string) => {
    if (escaped.length > 1) return String.fromCharCode(parseInt(escaped.slice(1), 16));
    if (escaped === 'n') return '\n';
    if (escaped === 't') return '\t';
    return escaped;
  });
}

// --- Other fields --------------------------------------------------------------------------

/** A request id has digits: `request_id: undefined` is not one. */
const REQUEST_ID_ANYWHERE =
  /\brequest[_-]?id['"]?\s*[:=]\s*['"]?(?=[0-9A-Za-z-]*\d)([0-9A-Za-z][0-9A-Za-z-]{7,})/i;
const PASSED_MODEL =
  /but you passed ([\w./:-]+?)\.?(?=['"\s]|$)|The model `([^`\n]{1,80})` does not exist|\bModel not found: `([^`\n]{1,80})`/;
/**
 * DeepSeek's own 400s for a parameter (Error Codes page: 400 Invalid Format, 422 Invalid
 * Parameters): "Invalid max_tokens value, the valid range of max_tokens is [1, 8192]"
 * (openakita/openakita#441, HKUDS/DeepTutor#88, claw-in-chrome#11), "8K max_tokens is only
 * available when using beta api" (AstrBotDevs/AstrBot#211), a context too long; a body of a
 * shape it does not take, its 422 "Failed to deserialize the JSON body into the target type"
 * (an attachment, content as a list: gptme/gptme#170, steven-jianhao-li/zotero-AI-Butler#324);
 * reasoning_content sent back to deepseek-reasoner (fanfank/alfred-deepseek#6; DeepSeek's
 * reasoning model guide says it answers 400), or not sent back after a tool call in thinking mode
 * (charmbracelet/crush#2696, liyupi/yu-ai-code-mother#5, RooCodeInc/Roo-Code#12177; its thinking
 * mode guide); a message order it does not take (olimorris/codecompanion.nvim#696,
 * SimonSchubert/Kai#292); its content filter, "Content Exists Risk" (deepseek-ai/
 * awesome-deepseek-integration#13, a DeepSeek staff reply: harmful queries are refused, and normal
 * ones now and then misclassified); tools sent to a model that takes none, "deepseek-reasoner does
 * not support Function Calling" (NitroRCr/AIaW#14, #22; vercel/ai#4727); the thinking-mode
 * refusal cut short by a log ("The reasoning_content in the thinking mode...", HKUDS/nanobot#3469);
 * a system message not first (aandrew-me/tgpt#357); its Anthropic format's "The `content[].thinking`
 * in the thinking mode must be passed back" (openclaw/openclaw#71435); a json_object request whose
 * prompt lacks "json" (browserbase/stagehand#1204); a structured-output request, "response_format:
 * response_format.type `json_schema` is unavailable now" (langchain-ai/langchain#29282,
 * openai/openai-agents-python#66); a forced tool_choice in thinking mode, "Thinking mode does not
 * support this tool_choice" (V4's thinking is on by default: can1357/oh-my-pi#7317, JetBrains/
 * koog#2179); its Anthropic format's "all messages must have non-empty content"
 * (anomalyco/opencode#38778, a reasoning-only turn sent back empty); a body that is not valid JSON,
 * "Failed to parse the request body as JSON: messages[152].content: lone leading surrogate in hex
 * escape" (half a character in the conversation: JohnnyZ93/oai-compatible-copilot#206,
 * esengine/DeepSeek-Reasonix#1933, fixed by sanitising it); the thinking-mode rule in a relay's
 * words, "messages with tool_calls must include reasoning_content" (NousResearch/hermes-agent#16388).
 * Its 400 bodies say `"type": "invalid_request_error"`, which a DeepSeek
 * 401 never does ("authentication_error"). Checked December 2026.
 */
const BAD_REQUEST =
  /Invalid\s+max_tok(?:ens\s+value)?\b|the\s+valid\s+range\s+of\s+max_tokens\s+is|max_tokens\s+is\s+only\s+available\s+when\s+using\s+beta|maximum\s+context\s+length\s+is\s+\d+\s+tokens|\bInvalid\s+Parameters?\b|Failed\s+to\s+deserialize\s+the\s+JSON\s+body|reasoning_?content\s+is\s+an\s+intermediate\s+result|remove\s+the\s+reasoning_?content\s+from\s+your|reasoning_content[`'"]?\s+(?:in\s+the\s+thinking\s+mode\b|must\s+be\s+passed\s+back)|\bin\s+the\s+thinking\s+mode\s+must\s+be\s+passed\s+back\b|Missing\s+[`'"]?reasoning_content\b|must\s+be\s+a\s+user\s+message,\s+but\s+an\s+assistant\s+message|An\s+assistant\s+message\s+with\s+[`'"]?tool_calls[`'"]?\s+must\s+be\s+followed\s+by\s+tool\s+messages|\bContent\s+Exists\s+Risk\b|\bdoes\s+not\s+support\s+Function\s+Calling\b|Prompt\s+must\s+contain\s+the\s+word\s+'json'|must\s+be\s+put\s+on\s+the\s+beginning\s+of\s+the\s+message\s+sequence|does\s+not\s+support\s+successive\s+user\s+or\s+assistant\s+messages|Thinking\s+mode\s+does\s+not\s+support\s+this\s+tool_choice|all\s+messages\s+must\s+have\s+non-empty\s+content|Failed\s+to\s+parse\s+the\s+request\s+body\s+as\s+JSON|must\s+include\s+[`'"]?reasoning_content\b/i;
/**
 * DeepSeek's own words for a refused setting (BAD_REQUEST). Behind a relay that names itself they
 * are still DeepSeek's words, passed on (alexazhou/gt_ai_gateway#17: "Error from provider (Console
 * Go): Upstream request failed: [invalid_request_error] The `reasoning_content` …").
 */
export function inDeepSeekRefusalWords(message: string | null): boolean {
  return message !== null && BAD_REQUEST.test(message);
}

/** A structured-output request refused (ErrorSign 'json-schema'), read as BAD_REQUEST is. */
const JSON_SCHEMA =
  /\bresponse_format type is unavailable|\bresponse_format\b[^\n]{0,60}\bjson_schema\b/i;
/**
 * A model id the server does not serve: DeepSeek's "Model Not Exist", OpenAI's wording, and Claude
 * Code's own words for the 404 it got, "There's an issue with the selected model (default). It
 * may not exist or you may not have access to it." (NIyueeE/ds-free-api#99: a model id the proxy
 * did not register). A gateway's or a relay's "model deepseek-chat not found in the configuration"
 * (fruitbars/simple-one-api#9), "model: deepseek-chat not found" (pig-mesh/deepseek4j#37), "Model
 * not found: `deepseek/deepseek-v4-flash`" (HeyPuter/puter#3107).
 */
const MODEL_ERROR =
  /Model\s+Not\s+Exist|supported API model names|model_not_found|The model `[^`\n]{1,80}` does not exist|invalid model|There's an issue with the selected model\b|\bmodel:? ["'`]?[\w./:@-]{1,80}["'`]? not found\b|\bModel not found:? ["'`]?[\w./:@-]{1,80}/i;
/**
 * Also DeepSeek's 429 for concurrency, which it scales with the balance left: "Your current
 * concurrency is 40, which exceeds your concurrency limit of 39 based on your remaining balance"
 * (tarigelamin1997/jobfetcher#42, 2026). Hyphenated too: "⚠️ All models are temporarily
 * rate-limited." (openclaw/openclaw#79396, OpenRouter's limit; checked December 2026).
 */
const RATE_LIMIT =
  /Rate\s+Limit|\brate-limit(?:ed|ing)\b|RateLimitError|Too Many Requests|reached your (?:hourly |daily |weekly |session )?usage limit|请求过于频繁|速率限制|exceeds your concurrency limit/i;
/**
 * A tool that could not parse the arguments of the model's tool call: the call was answered, and
 * the tool's handling of it failed (cline/cline#10518: "Tool call run_commands emitted invalid JSON
 * arguments", gone after updating the tool; checked December 2026).
 */
const TOOL_CALL_UNPARSED =
  /\bTool\s+call\s+\S+\s+emitted\s+invalid\s+JSON\s+arguments\b|\bTool\s+call\s+arguments\s+could\s+not\s+be\s+parsed\s+as\s+JSON\b/i;
/**
 * The client read an empty or cut-off answer as JSON: threads settle it as a request that timed
 * out under load (deepseek-ai/DeepSeek-R1#430; immersive-translate/immersive-translate#2603),
 * also as a bot prints it, the type and the message on two lines (AstrBotDevs/AstrBot#526: "deepseek
 * 在长时间等待之后返回空文本"), or as a tool retries it, "Error occurred: Expecting value: …"
 * (NoEdgeAI/Doc2XAPITranslate#5), or after an app's own words, "生成小说设定 & 目录时出错:
 * Expecting value: …" (YILING0013/AI_NovelGenerator#12: "接口无响应"). Not a model's reply read
 * as JSON, "as JSON: Expecting value" (letta-ai/letta#2482: the call was answered 200). .NET's
 * System.Text.Json says "The input does not contain any JSON tokens" (niltor/DeepSeekSDK-NET#3,
 * "有时会报异常", February 2025), Go's encoding/json "unexpected end of JSON input". Or as a wrong
 * base URL answers: IndieKKY/bilibili-subtitle#59 ("填https://api.deepseek.com"),
 * yatori-dev/yatori-go-console#54 ("填写AI配置错误").
 */
const EMPTY_BODY =
  /(?<!\bas JSON: )\bExpecting value: line 1 column 1 \(char 0\)|[Uu]nexpected end of JSON input|\bExpecting\s+value:\s+line\s+\d+\s+column\s+\d+\s+\(char\s+\d+\)[\s\S]{0,80}?\[200\s+OK\]|\bThe input does not contain any JSON tokens\b/;
/**
 * A tool's words for no answer at all: "The language model did not provide any assistant
 * messages" (RooCodeInc/Roo-Code#674, "a problem with the deepseek api", its maintainer pointing to
 * status.deepseek.com), "model returned no response" (CommandCodeAI/command-code#503, a downtime),
 * "responds with an empty body" (sashirestela/simple-openai#271, deepseek-reasoner down in January
 * 2025), "返回全部为空" (NEKOparapa/AiNiee#396, "已经恢复正常了"), "no output from the model"
 * (anomalyco/opencode#49041, an outage), "R1模型…会直接无响应" (ikechan8370/chatgpt-plugin#753, "那个时候r1
 * 的api崩了"), "deepseek-reasoner doesn't answer" and "yields no response" in the R1 launch weeks
 * (chatboxai/chatbox#1796, BerriAI/litellm#8048, egoist/chatwise-releases#93: "DeepSeek API is not
 * very stable at the moment"), "大概率返回空字符串" (deepseek-ai/DeepSeek-V3#586); a request that never
 * ends, "results in an infinite load" (zed-industries/zed#23754, a maintainer: "an ongoing
 * incident with the DeepSeek API"), "runs indefinitely" (cline/cline#1467, the DeepSeek status page
 * cited), "spinning forever" (anomalyco/opencode#49041), a stream that "silently stalls" and
 * "stays open indefinitely" (deepseek-ai/DeepSeek-V3#1608); "一大段的空白回复", an answer of
 * reasoning only (VicBilibily/GCMP#260, its maintainer); "扣了tokens，但是没有生成任何内容" and "一直卡在生成回复
 * 处，没有响应，最后生成一个空白答案" (CherryHQ/cherry-studio#1025 and #1066, its maintainer: "deepseek
 * 服务挂了"; checked December 2026). A refused key is answered at once, with a 401.
 */
const EMPTY_ANSWER =
  /did not provide any assistant messages|\b(?:does ?n[o']t|do not|don't) (?:answer|respond|reply)\b|\b(?:yields?|returns?|returned|gives?|got) (?:no|an empty) (?:response|answer|reply|output)\b|\breturns? nothing\b|\bresponse is never received\b|\bcontent of the response is empty\b|没(?:有)?(?:任何)?反应|返回空字符串|model returned no response|\b(?:respond(?:s|ed)?|returns?|returned) with an empty (?:body|response)\b|\bempty response from (?:the )?(?:LLM|model|API|server|DeepSeek)\b|\bno output from the model\b|返回(?:的)?(?:全部|内容|结果)?(?:都)?为空|返回空(?:内容|白|值)|直接无响应|\binfinite(?:ly)? load(?:s|ing)?\b|\b(?:runs?|running|loops?|looping|spins?|spinning|loads?|loading|hangs?|hanging|stays open) (?:indefinitely|forever)\b|\bstream\b[^\n]{0,40}\bstall(?:s|ed|ing)?\b|空白回复|空白(?:的)?答案|没有生成任何(?:内容|回复|东西)|(?:卡在|卡住)[^\n。]{0,20}没有响应/i;

/**
 * A body of blank lines alone: under load DeepSeek keeps a non-streaming request open with empty
 * lines (its Rate Limit page: "Non-streaming requests: Continuously return empty lines"), and a
 * client that stops waiting parses them: "Expecting value: line 5 column 1 (char 4)", four line
 * breaks and nothing else (deepseek-ai/DeepSeek-R1#91, in the weeks of its overload).
 */
function blankLinesOnly(text: string): boolean {
  const found =
    /JSONDecodeError\b[^]{0,60}?Expecting\s+value:\s+line\s+(\d+)\s+column\s+1\s+\(char\s+(\d+)\)/.exec(
      text,
    );
  return found !== null && Number(found[2]) === Number(found[1]) - 1;
}

/**
 * DeepSeek's side failing, in its words or the reporter's: "Our website is currently under
 * maintenance" (the platform's page during the attacks of January 2025, deepseek-ai/DeepSeek-R1#241);
 * "最近因为访问量高处理慢" (langbot-app/LangBot#992, in the same weeks); "Server too busy"
 * (anomalyco/opencode#26317, an outage of DeepSeek's API); the reporter's "these recurrent
 * issues … the outages" (deepseek-ai/DeepSeek-R1#87, the status page cited), "官方的服务总是无法访问"
 * (deepseek-ai/DeepSeek-R1#307, answered with the status page), "the latency … is too long to use"
 * (deepseek-ai/DeepSeek-V3#405, likewise); "服务挂了" (CherryHQ/cherry-studio#1025, its maintainer's
 * words for DeepSeek's outage; checked December 2026). DeepSeek's chat's "The server is busy. Please
 * try again later.", "says server is busy" and "Server Busy" in quotes (deepseek-ai/DeepSeek-V3#562,
 * #583, deepseek-ai/DeepSeek-R1#429: answered with status.deepseek.com; checked December 2026);
 * not another server's ("Language server is busy", Ollama's "server busy, please try again").
 */
const SERVER_ERROR =
  /Server Overloaded|Internal Server Error|InternalServerError|Service Unavailable|Bad Gateway|\bServer\s+(?:is\s+)?too\s+busy\b|\b(?:the|says|shows?|showing|got|getting|returns?)\s+["“]?server\s+is\s+busy\b|["“]Server\s+Busy["”]|服务器繁忙|currently under maintenance|系统维护中|访问量(?:过?高|过?大)|负载(?:过)?高|\boutages?\b|服务(?:总是|一直|经常)?无法访问|服务挂了|\blatency\b[^.\n]{0,40}\btoo (?:long|high)\b/i;

/**
 * The exception class: the last SDK-looking one (Python prints the outermost last), at a line's
 * start, a JSON field's (`{"detail": "Exception: …"`, a report quoted whole) or a log's `msg:`
 * (`code: 10004, msg: SchemaCheckError:(…)`, cline/cline#1741: the same wherever a line breaks).
 */
const ERROR_NAME =
  /(?:^[ \t]*(?:\{[ \t]*)?(?:"\w+":[ \t]?")?|\bmsg:[ \t]*)\[?((?:\w+\.)*\w*(?:Error|Exception))(?: \[\w+\])?:/gm;
const SDK_ERROR =
  /Authentication|APIConnection|APITimeout|RateLimit|BadRequest|InternalServer|APIStatus|APIError|OpenAIError|KeyError|NotFound|PermissionDenied|Unprocessable/;

function errorNameOf(text: string): string | null {
  let last: string | null = null;
  let lastSdk: string | null = null;
  for (const found of text.matchAll(ERROR_NAME)) {
    const name = found[1] ?? '';
    last = name;
    if (SDK_ERROR.test(name)) lastSdk = name;
  }
  return lastSdk ?? last;
}

const STATED_TAILS: readonly RegExp[] = [
  // "my key ends in 5b2e", "(it ends with …1d0e)", on a line that speaks of a key.
  /\bkeys?\b[^\n]{0,60}?\b(?:ends?|ending)[ \t]+(?:in|with)[ \t]*[:："'“(]*(?:[.…*]+)?([0-9a-f]{4})\b/i,
  // "最后几位是 1d0e", "尾号 81d0", "末尾四位为 5b2e".
  /(?:最后|末尾|尾号|结尾)(?:的)?(?:几位|四位|4 ?位|四个字符|4 ?个字符)?(?:是|为|[:：])?[ \t]*["'“]?([0-9a-f]{4})(?![0-9a-z])/i,
  // The reporter's own masked key, `sk-9c4……81d0e` (not OpenAI's "provided: sk-…" in its answer).
  /(?<!provided:?[ \t]{0,3})\bsk-[0-9a-f]{2,8}(?:…+|\.{2,}|\*{3,})[0-9a-f]{0,8}?([0-9a-f]{4})(?![0-9a-z*])/,
];

/** The end of their own key as the reporter states it (ParsedFields.statedTail). */
function statedTailOf(text: string): string | null {
  for (const pattern of STATED_TAILS) {
    const found = pattern.exec(text)?.[1];
    if (found) return found.toLowerCase();
  }
  return null;
}

/**
 * A tail the reporter blotted out before posting (`sk-___********_____`, anomalyco/opencode#248):
 * underscores, dots or dashes alone are no characters the server saw.
 */
function unredacted(tail: string | null): string | null {
  return tail !== null && /^[_.…-]+$/.test(tail) ? null : tail;
}

/** OpenAI masks the key it got: `sk-abc*****wxyz`, `sk-proj-****…wxyz`. */
function openAiTail(text: string): string | null {
  const shown = /Incorrect API key provided:\s*([^\s'"]{1,300})/i.exec(text)?.[1];
  if (!shown) return null;
  const value = shown.replace(/\.$/, '');
  const afterStars = /\*+([^*]{1,4})$/.exec(value)?.[1];
  return afterStars ?? (value.length > 4 ? value.slice(-4) : value);
}

const NETWORK_PATTERNS: readonly [NetworkProblem, RegExp][] = [
  [
    'proxy',
    /\b407 Proxy Authentication Required|Proxy Authentication Required|\bProxyError\b|tunnel connection failed: 407|CONNECT tunnel failed, response 407/i,
  ],
  [
    'dns',
    // Node's codes as words: "FileNotFoundError" holds "eNotFound" (zideajang/aZent#1).
    /getaddrinfo|\bENOTFOUND\b|\bEAI_AGAIN\b|Name or service not known|nodename nor servname|Could not resolve host|Temporary failure in name resolution|No address associated|curl: \(6\)/i,
  ],
  // Bun's fetch, which Bun-built tools print as it is: "Unable to connect. Is the computer able
  // to access the url?" for a refused connection, "Was there a typo in the url or port?" for a
  // socket it could not open (oven-sh/bun's FetchTasklet.zig, as quoted in oven-sh/bun#34397 and
  // #27264; yuh-G/rikkahub-desktop#35).
  [
    'refused',
    /ECONNREFUSED|Connection refused|Failed to connect(?!\s+to\s+LLM\s+API\s+or\s+LLM\s+API\b)|curl: \(7\)|Unable to connect\. Is the computer able to access the url\?|Was there a typo in the url or port\?/i,
  ],
  [
    'tls',
    // Also in Chinese: "SSL 证书验证失败" (AstrBotDevs/AstrBot#7775, fixed by loading certifi's CAs).
    /CERTIFICATE_VERIFY_FAILED|SSLError|SSL: |SSL certificate|certificate verify|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT|unable to get local issuer|curl: \((?:35|60)\)|证书(?:验证|校验)失败/i,
  ],
  [
    'timeout',
    // A browser client that gave up: "The user aborted a request" (logancyang/obsidian-copilot#1208,
    // DeepSeek "unstable"): fetch's AbortError, which tools raise after their own timeout. Node's
    // undici: "Connect Timeout Error" (vercel/ai#3224, behind a proxy). Elixir's GenServer call,
    // "** (EXIT) time out" (justin4957/multi_agent_coder#70); "一直Time out" (coaidev/coai#372).
    // DeepSeek slow in the reporter's words: "回复等待时间超过10分钟", "api调用的速度异常的缓慢", "等待时间很长，
    // 有的时候直接卡住转圈" (deepseek-ai/DeepSeek-V3#265 and #269, a DeepSeek staff reply: long
    // contexts and concurrent queues; Ciciella/ai-code#14: "上下文太长 模型处理慢"; checked December
    // 2026).
    /APITimeoutError|APIConnectionTimeoutError|ETIMEDOUT|timed out|ReadTimeout|ConnectTimeout|Request timed out|UND_ERR_CONNECT_TIMEOUT|curl: \(28\)|超时|The user aborted a request|Request was aborted|Connect Timeout Error|\(EXIT\) time out\b|\btime ?out\b(?![ \t]*[:=(：（])|等待时间(?:很长|太长|过长|超过)|速度(?:异常的?|非常|特别|很|太)?(?:缓慢|慢)|卡住转圈|一直转圈/i,
  ],
  [
    'reset',
    /ECONNRESET|Connection reset|RemoteDisconnected|socket hang up|Server disconnected|ECONNABORTED/i,
  ],
  [
    'blocked',
    /Failed to fetch|NetworkError when attempting|blocked by CORS|Load failed|ERR_BLOCKED/i,
  ],
  // Rust's reqwest, for a connection that failed before any answer: "error sending request for url
  // (https://api.deepseek.com/v1/chat/completions)" (SaladDay/cc-switch-cli#242; checked December
  // 2026). urllib3's, under requests: "Max retries exceeded with url: … (Caused by
  // NewConnectionError(…: Failed to establish a new connection: [Errno 101] Network is
  // unreachable))" (zhayujie/CowAgent#2718; its refused, DNS and TLS kinds are read above).
  [
    'other',
    /APIConnectionError|Connection error|ConnectError|fetch failed|Network request failed|网络错误|\berror sending request for url\b|\bMax retries exceeded with url\b|\bFailed to establish a new connection\b|\bNewConnectionError\b|\bNetwork is unreachable\b|\bENETUNREACH\b|\bNo route to host\b|\bEHOSTUNREACH\b/i,
  ],
];

/**
 * An app's own summary of a failed check, which names no network error of its own: the key's
 * refusal, when the same words say so ("连接失败：API Key无效或已过期", an Obsidian plugin's). A
 * "测试连接失败" is the app's own test failing, whatever failed in it (dargonlee/DeepSeek#1: the key
 * saved in its settings was never used).
 */
const APP_CONNECTION_WORDS = /(?<!测试)连接失败|\bUnable to connect to\b/i;

function networkOf(text: string): NetworkProblem | null {
  const found = NETWORK_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
  if (found) return found;
  return APP_CONNECTION_WORDS.test(text) && !AUTH_IN_WORDS.test(text) ? 'other' : null;
}

/**
 * The terminal test without an HTTP status: PowerShell prints "HTTP " alone, curl "HTTP 000" (the
 * revoked check "000").
 */
const NO_STATUS_LINE = /^[ \t]*HTTP(?: 000)?[ \t]*$/m;
const NO_STATUS_ALONE = /^\s*000\s*$/;

/** DeepSeek's answer to `GET /user/balance`. */
const BALANCE_BODY = /"is_available"\s*:\s*(?:true|false)\s*,\s*"balance_infos"/;
const MODEL_ID = /"id"\s*:\s*"([^"\n]{1,100})"/g;
const MAX_MODELS = 50;

function modelIdsOf(text: string): string[] {
  const ids = new Set<string>();
  for (const found of text.matchAll(MODEL_ID)) {
    ids.add(found[1]!);
    if (ids.size >= MAX_MODELS) break;
  }
  return [...ids];
}

const NETWORK_LINE =
  /^[^\n]*?(?:APIConnectionError|APITimeoutError|APIConnectionTimeoutError|ConnectError|\b(?:ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET)\b|getaddrinfo|Failed to fetch|fetch failed|curl: \(\d+\)|Connection error|timed out)[^\n]*/im;

function firstGroup(text: string, pattern: RegExp): string | null {
  const found = pattern.exec(text);
  if (!found) return null;
  return found.slice(1).find((group) => group !== undefined) ?? null;
}

/** Longer than this, a matched line is cut: it may be a whole paste joined into one line. */
const MAX_LINE = 300;

/**
 * DeepSeek's words for a refused setting where no JSON carries them, from the line that holds them
 * after the tool's prefix and status: "OpenAI completion error: 400 The `reasoning_content` in the
 * thinking mode must be passed back to the API." (RooCodeInc/Roo-Code#12177).
 */
function refusedSetting(text: string): string | null {
  const found = BAD_REQUEST.exec(text) ?? JSON_SCHEMA.exec(text);
  if (!found) return null;
  // The line, from at most 200 characters before the words (a long line is a whole log).
  // To the end of the line where the words end: a wrapped paste breaks them over lines.
  // The tool's prefix and status are cut from before the words, never from them (a wrapped
  // "[invalid_request_error] The reasoning_content … API.: Error: 400" keeps its words).
  const start = Math.max(text.lastIndexOf('\n', found.index) + 1, found.index - 200);
  const end = text.indexOf('\n', found.index + found[0].length);
  const prefix = text
    .slice(start, found.index)
    .replace(/\s+/g, ' ')
    .trimStart()
    .replace(/^[^\n]*?\b\w*error\b[^:\n]*:[ \t]*(?:[45]\d\d\b[ \t:-]*)?/i, '')
    // A status before the words, with no error word: "422 Failed to deserialize …".
    .replace(/^[45]\d\d\b[ \t:-]*/, '');
  const words = text.slice(found.index, end === -1 ? undefined : end);
  return (prefix + words).replace(/\s+/g, ' ').trim().slice(0, MAX_LINE) || null;
}

function lineOf(text: string, pattern: RegExp): string | null {
  const found = pattern.exec(text)?.[0]?.trim();
  if (!found) return null;
  return found.length > MAX_LINE ? `${found.slice(0, MAX_LINE)}…` : found;
}

// --- The page's own checks -----------------------------------------------------------------

/** More check outputs than this in one paste are not read. */
const MAX_CHECKS = 20;

const NOT_SET_LINE = /^[ \t]*NOT SET[ \t]*$/;
/** "set, 35 chars, ends 1a2b" (the tail may hold spaces); cmd: "set, ends 1a2b"; CI: "set, 35 chars". */
const SET_LINE = /^[ \t]*set, (?:(\d{1,6}) chars(?:, ends (.{0,4}))?|ends (.{0,4}))[ \t]*$/;
const SHAPE_OK_LINE = /^[ \t]*shape OK[ \t]*$/;
const BAD_SHAPE_LINE = /^[ \t]*BAD SHAPE: (\d{1,6}) chars, expected \d+[ \t]*$/;
/** "<base URL> key ends 1a2b"; LiteLLM's starts with the provider. */
const CLIENT_LINE =
  /^[ \t]*(?:(?:\w+[ \t]+(?=\S+[ \t]+key ends\b))?(\S+)[ \t]+)?key ends ?(.{0,4})[ \t]*$/;
/** VS Code's check evaluates `len(…)`: the length alone. */
const LENGTH_ALONE = /^\s*([1-9]\d?)\s*$/;

/** The outputs of the page's checks in the text, and the text without them. */
function keyChecksOf(text: string): { checks: KeyCheck[]; rest: string } {
  const lengthAlone = LENGTH_ALONE.exec(text);
  if (lengthAlone) {
    const length = Number(lengthAlone[1]);
    return { checks: [setCheck(length, null)], rest: '' };
  }
  const echoed: KeyCheck[] = echoedEmptyIn(text) ? [{ kind: 'not-set' }] : [];
  // A cheap test first: most pastes are errors, and hold none of the checks' words.
  if (!/NOT SET|set, |shape OK|BAD SHAPE|key ends/.test(text))
    return { checks: echoed, rest: text };
  const checks: KeyCheck[] = [];
  const rest: string[] = [];
  for (const line of text.split('\n')) {
    const check = checks.length < MAX_CHECKS ? keyCheckOf(line) : null;
    if (check) checks.push(check);
    else rest.push(line);
  }
  return { checks: [...echoed, ...checks], rest: checks.length > 0 ? rest.join('\n') : text };
}

/**
 * The reporter's own `echo $DEEPSEEK_API_KEY` in a terminal (bash and zsh, PowerShell's `$env:`,
 * cmd's `%…%`) with nothing after it: an empty line or the next prompt, `[]` around nothing, or
 * cmd's name echoed back unexpanded, which cmd does for a variable it does not have. The variable
 * is empty there.
 */
const ECHOED_EMPTY =
  /^[ \t]*(?:[$%#>❯][ \t]*|PS [^>\n]*>[ \t]*|[A-Za-z]:\\[^>\n]*>[ \t]*)?echo[ \t]+(["']?)\[?(?:\$\{?|\$env:|%)(DEEPSEEK\w*)\}?%?\]?\1[ \t]*\n[ \t]*(?:\[\]|%\2%|(?:PS [^>\n]*>|[A-Za-z]:\\[^>\n]*>|[$%#❯] )[^\n]*)?[ \t]*$/m;

function echoedEmptyIn(text: string): boolean {
  return ECHOED_EMPTY.test(text);
}

function keyCheckOf(line: string): KeyCheck | null {
  if (NOT_SET_LINE.test(line)) return { kind: 'not-set' };
  if (SHAPE_OK_LINE.test(line)) return { kind: 'shape-ok' };
  const set = SET_LINE.exec(line);
  if (set) {
    const length = set[1] === undefined ? null : Number(set[1]);
    return setCheck(length, set[2] ?? set[3] ?? null);
  }
  const bad = BAD_SHAPE_LINE.exec(line);
  if (bad) {
    const length = Number(bad[1]);
    return length === 0 ? { kind: 'not-set' } : { kind: 'bad-shape', length };
  }
  const client = CLIENT_LINE.exec(line);
  if (client) {
    const tail = client[2] ?? '';
    // LiteLLM's check prints NONE for no key; Python None, JS null or undefined may reach a client.
    const hasKey = !/^(?:NONE|None|null|ined|NaN)?$/.test(tail);
    return { kind: 'client', baseUrl: client[1] || null, tail, hasKey };
  }
  return null;
}

function setCheck(length: number | null, tail: string | null): KeyCheck {
  if (length === 0) return { kind: 'not-set' };
  return { kind: 'set', length, tail, problem: valueProblem(length, tail) };
}

const QUOTE_END = /["'\u2018\u2019\u201c\u201d`]$/;

/**
 * What a value's length and last four characters show is wrong with it. A tail shorter than four
 * characters of a longer value lost its end to the terminal: a line break or trailing spaces.
 */
function valueProblem(length: number | null, tail: string | null): KeyValueProblem | null {
  if (tail !== null && QUOTE_END.test(tail)) return 'quote';
  if (tail !== null && (/\s/.test(tail) || (length !== null && length >= 4 && tail.length < 4))) {
    return 'whitespace';
  }
  if (length !== null && length !== DEEPSEEK_KEY_LENGTH) return 'length';
  if (tail !== null && tail.length === 4 && !/^[0-9a-f]{4}$/.test(tail)) return 'not-hex';
  return null;
}
