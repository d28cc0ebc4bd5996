import type { CauseId } from '../causes.ts';
import { DEEPSEEK_BASE_URL as BASE, KEY_ENV_VAR as K } from '../deepseek-facts.ts';

/**
 * Java, Go, C#, PHP and Rust: each calls DeepSeek with the HTTP client most of its programs
 * already have (Java 11+ `java.net.http`, Go `net/http`, .NET `HttpClient`, PHP's curl extension,
 * Rust's `reqwest`), so that the key and the base URL stay in sight. The SDKs people use instead
 * are in sdk-clients.ts, with their sources.
 */
export const HTTP_LANGUAGES = ['java', 'go', 'csharp', 'php', 'rust'] as const;
export type HttpLanguage = (typeof HTTP_LANGUAGES)[number];

/** Everything a program needs that a cause can get wrong. */
export interface HttpProgram {
  /** A comment above the program's key or request: what is wrong in it. */
  note?: string;
  /**
   * How the key is read: checked (stop when unset), cleaned (whitespace and quotes dropped, shape
   * checked), read raw (null or empty when unset), typed by hand, or read from a wrong name.
   */
  key: 'require' | 'clean' | 'raw' | 'literal' | 'wrong-name';
  /** False: the key alone is sent in Authorization, without "Bearer ". */
  bearer: boolean;
  /** Another host (only in broken code: an OpenAI example copied as it was). */
  url?: string;
  /** Stop on any status but 200; also name a rejected key; or print whatever came back. */
  status: 'fail' | 'reject' | 'ignore';
}

/** A key cut short for the broken examples: never a whole key, so never a real one. */
export const ELIDED_KEY = 'sk-4f1e0c9b2a7d…';
export const NEW_KEY_URL = 'https://platform.deepseek.com/api_keys';
export const REJECTED = `DeepSeek rejected the key: create a new one at ${NEW_KEY_URL}`;
export const NOT_SET = `${K} is not set in this process: set it, then run again.`;
export const TYPED_BY_HAND = `typed by hand instead of read from ${K}: a character lost, a space added`;
export const CLEAN_NOTE = 'Drop the spaces and quotes that a copy or a .env line can add.';
/** Only in broken code: where a copied OpenAI example sends the DeepSeek key. */
export const OPENAI_CHAT_URL = 'https://api.openai.com/v1/chat/completions';
const CHAT_URL = `${BASE}/chat/completions`;
const MODELS_URL = `${BASE}/models`;
const WRONG_NAME = 'DEEPSEEK_KEY';
const SHAPE = 'sk-[0-9a-f]{32}';
const malformed = (length: string) =>
  [`${K} has `, length, ' characters, not sk- and 32 hex: copy it again.'] as const;

const PROGRAMS: Record<CauseId, { broken: HttpProgram; fixed: HttpProgram }> = {
  'not-set': {
    broken: {
      note: `${K} was set in another terminal: unset here, so DeepSeek receives no key and answers 401.`,
      key: 'raw',
      bearer: true,
      status: 'fail',
    },
    fixed: { key: 'require', bearer: true, status: 'fail' },
  },
  mistyped: {
    broken: { note: `The key is ${TYPED_BY_HAND}.`, key: 'literal', bearer: true, status: 'fail' },
    fixed: { note: CLEAN_NOTE, key: 'clean', bearer: true, status: 'fail' },
  },
  revoked: {
    broken: {
      note: `The status is never checked: the 401 for a key deleted since ${K} was set is printed as if it were the answer.`,
      key: 'require',
      bearer: true,
      status: 'ignore',
    },
    fixed: { key: 'require', bearer: true, status: 'reject' },
  },
  'not-passed': {
    // Each language has its own usual way to lose the key on the way: see NOT_PASSED.
    broken: { key: 'require', bearer: true, status: 'fail' },
    fixed: { key: 'require', bearer: true, status: 'fail' },
  },
};

/** The mistake of cause 4 that each language's code shows most. */
const NOT_PASSED: Record<HttpLanguage, HttpProgram> = {
  java: {
    note: `${K}, not ${WRONG_NAME}: System.getenv gives null, and DeepSeek receives "Bearer null".`,
    key: 'wrong-name',
    bearer: true,
    status: 'fail',
  },
  go: {
    note: 'No "Bearer " before the key: DeepSeek answers "auth header format should be Bearer sk-...".',
    key: 'require',
    bearer: false,
    status: 'fail',
  },
  csharp: {
    note: `Copied from an OpenAI example: ${K} goes to OpenAI, which answers 401 "Incorrect API key provided".`,
    key: 'require',
    bearer: true,
    url: OPENAI_CHAT_URL,
    status: 'fail',
  },
  php: {
    note: `Copied from an OpenAI example: ${K} goes to OpenAI, which answers 401 "Incorrect API key provided".`,
    key: 'require',
    bearer: true,
    url: OPENAI_CHAT_URL,
    status: 'fail',
  },
  rust: {
    note: 'header("Authorization", key) sends the key without "Bearer ": use bearer_auth.',
    key: 'require',
    bearer: false,
    status: 'fail',
  },
};

export function httpPrograms(
  cause: CauseId,
  language: HttpLanguage,
): { broken: HttpProgram; fixed: HttpProgram } {
  const pair = PROGRAMS[cause];
  return cause === 'not-passed' ? { ...pair, broken: NOT_PASSED[language] } : pair;
}

const lines = (...parts: readonly (string | false | readonly string[])[]) =>
  parts
    .flatMap((part) => (part === false ? [] : typeof part === 'string' ? [part] : part))
    .join('\n')
    .concat('\n');

const indent = (by: string, block: readonly string[]) =>
  block.map((line) => (line ? by + line : line));

const jsonBody = (model: string) =>
  `{"model": "${model}", "messages": [{"role": "user", "content": "Hello"}]}`;

// ---------------------------------------------------------------------------------------------
// Java 11+: java.net.http. The answer is printed as DeepSeek's JSON: read it with Jackson or Gson.

const javaString = (text: string) => `"${text.replace(/"/g, '\\"')}"`;

function javaKey(p: HttpProgram): string[] {
  const stop = (message: string) => [
    `    System.err.println(${message});`,
    '    System.exit(1);',
    '}',
  ];
  switch (p.key) {
    case 'require':
      return [
        `String apiKey = System.getenv("${K}");`,
        'if (apiKey == null || apiKey.isEmpty()) {',
        ...stop(javaString(NOT_SET)),
      ];
    case 'clean': {
      const [before, , after] = malformed('');
      return [
        `String apiKey = System.getenv().getOrDefault("${K}", "").strip().replaceAll("^[\\"']|[\\"']$", "");`,
        `if (!apiKey.matches("${SHAPE}")) {`,
        ...stop(`"${before}" + apiKey.length() + "${after}"`),
      ];
    }
    case 'raw':
      return [`String apiKey = System.getenv("${K}");`];
    case 'literal':
      return [`String apiKey = "${ELIDED_KEY} ";`];
    case 'wrong-name':
      return [`String apiKey = System.getenv("${WRONG_NAME}");`];
  }
}

function javaProgram(p: HttpProgram, model: string): string {
  const exit = (message: string) => [`System.err.println(${message});`, 'System.exit(1);'];
  const status =
    p.status === 'ignore'
      ? []
      : [
          ...(p.status === 'reject'
            ? [
                'if (response.statusCode() == 401) {',
                ...indent('    ', exit(javaString(REJECTED))),
                '}',
              ]
            : []),
          'if (response.statusCode() != 200) {',
          ...indent('    ', exit('"HTTP " + response.statusCode() + ": " + response.body()')),
          '}',
        ];
  const body = [
    ...(p.note && p.key !== 'require' ? [`// ${p.note}`] : []),
    ...javaKey(p),
    `String body = ${javaString(jsonBody(model))};`,
    ...(p.note && p.key === 'require' ? [`// ${p.note}`] : []),
    `HttpRequest request = HttpRequest.newBuilder(URI.create("${p.url ?? CHAT_URL}"))`,
    '        .header("Content-Type", "application/json")',
    `        .header("Authorization", ${p.bearer ? '"Bearer " + apiKey' : 'apiKey'})`,
    '        .POST(HttpRequest.BodyPublishers.ofString(body))',
    '        .build();',
    'HttpResponse<String> response =',
    '        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());',
    ...status,
    "// DeepSeek's JSON: read choices[0].message.content with Jackson or Gson.",
    'System.out.println(response.body());',
  ];
  return lines(
    'import java.net.URI;',
    'import java.net.http.HttpClient;',
    'import java.net.http.HttpRequest;',
    'import java.net.http.HttpResponse;',
    '',
    'public class DeepSeekChat {',
    '    public static void main(String[] args) throws Exception {',
    indent('        ', body),
    '    }',
    '}',
  );
}

// ---------------------------------------------------------------------------------------------
// Go: net/http and encoding/json, nothing to install.

function goKey(p: HttpProgram): string[] {
  switch (p.key) {
    case 'require':
      return [`apiKey := os.Getenv("${K}")`, 'if apiKey == "" {', `\tfail("${NOT_SET}")`, '}'];
    case 'clean': {
      const [before, , after] = malformed('');
      return [
        `apiKey := strings.Trim(strings.TrimSpace(os.Getenv("${K}")), "\\"'")`,
        `if !regexp.MustCompile(\`^${SHAPE}$\`).MatchString(apiKey) {`,
        `\tfail(fmt.Sprintf("${before}%d${after}", len(apiKey)))`,
        '}',
      ];
    }
    case 'raw':
      return [`apiKey := os.Getenv("${K}")`];
    case 'literal':
      return [`apiKey := "${ELIDED_KEY} "`];
    case 'wrong-name':
      return [`apiKey := os.Getenv("${WRONG_NAME}")`];
  }
}

const GO_CHECK = (err = 'err') => [`if ${err} != nil {`, `\tpanic(${err})`, '}'];

function goProgram(p: HttpProgram, model: string): string {
  const imports = ['bytes', 'encoding/json', 'fmt', 'io', 'net/http', 'os'];
  if (p.key === 'clean') imports.push('regexp', 'strings');
  imports.sort();
  const status =
    p.status === 'ignore'
      ? ['fmt.Println(string(answer))']
      : [
          ...(p.status === 'reject'
            ? ['if resp.StatusCode == http.StatusUnauthorized {', `\tfail("${REJECTED}")`, '}']
            : []),
          'if resp.StatusCode != http.StatusOK {',
          '\tfail(fmt.Sprintf("HTTP %d: %s", resp.StatusCode, answer))',
          '}',
          'var completion struct {',
          '\tChoices []struct {',
          '\t\tMessage struct {',
          '\t\t\tContent string `json:"content"`',
          '\t\t} `json:"message"`',
          '\t} `json:"choices"`',
          '}',
          'if err := json.Unmarshal(answer, &completion); err != nil {',
          '\tpanic(err)',
          '}',
          'fmt.Println(completion.Choices[0].Message.Content)',
        ];
  const body = [
    ...(p.note && p.key !== 'require' ? [`// ${p.note}`] : []),
    ...goKey(p),
    'body, err := json.Marshal(map[string]any{',
    `\t"model":    "${model}",`,
    '\t"messages": []map[string]string{{"role": "user", "content": "Hello"}},',
    '})',
    ...GO_CHECK(),
    `req, err := http.NewRequest(http.MethodPost, "${p.url ?? CHAT_URL}", bytes.NewReader(body))`,
    ...GO_CHECK(),
    'req.Header.Set("Content-Type", "application/json")',
    ...(p.note && p.key === 'require' ? [`// ${p.note}`] : []),
    `req.Header.Set("Authorization", ${p.bearer ? '"Bearer "+apiKey' : 'apiKey'})`,
    'resp, err := http.DefaultClient.Do(req)',
    ...GO_CHECK(),
    'defer resp.Body.Close()',
    'answer, err := io.ReadAll(resp.Body)',
    ...GO_CHECK(),
    ...status,
  ];
  return lines(
    'package main',
    '',
    'import (',
    imports.map((name) => `\t"${name}"`),
    ')',
    '',
    'func main() {',
    indent('\t', body),
    '}',
    '',
    'func fail(message string) {',
    '\tfmt.Fprintln(os.Stderr, message)',
    '\tos.Exit(1)',
    '}',
  );
}

// ---------------------------------------------------------------------------------------------
// C#: HttpClient and System.Text.Json (.NET 6 or later), in a classic Main so any project takes it.

function csharpKey(p: HttpProgram): string[] {
  const stop = (message: string) => [
    `    Console.Error.WriteLine(${message});`,
    '    return 1;',
    '}',
  ];
  switch (p.key) {
    case 'require':
      return [
        `string apiKey = Environment.GetEnvironmentVariable("${K}");`,
        'if (string.IsNullOrEmpty(apiKey))',
        '{',
        ...stop(javaString(NOT_SET)),
      ];
    case 'clean': {
      const [before, , after] = malformed('');
      return [
        `string apiKey = (Environment.GetEnvironmentVariable("${K}") ?? "").Trim().Trim('"', '\\'');`,
        `if (!Regex.IsMatch(apiKey, "^${SHAPE}$"))`,
        '{',
        ...stop(`$"${before}{apiKey.Length}${after}"`),
      ];
    }
    case 'raw':
      return [`string apiKey = Environment.GetEnvironmentVariable("${K}");`];
    case 'literal':
      return [`string apiKey = "${ELIDED_KEY} ";`];
    case 'wrong-name':
      return [`string apiKey = Environment.GetEnvironmentVariable("${WRONG_NAME}");`];
  }
}

function csharpProgram(p: HttpProgram, model: string): string {
  const usings = ['System', 'System.Net', 'System.Net.Http', 'System.Net.Http.Headers'];
  usings.push('System.Text', 'System.Text.Json', 'System.Threading.Tasks');
  if (p.key === 'clean') usings.push('System.Text.RegularExpressions');
  const stop = (message: string) => [
    '{',
    `    Console.Error.WriteLine(${message});`,
    '    return 1;',
    '}',
  ];
  const status =
    p.status === 'ignore'
      ? ['Console.WriteLine(answer);']
      : [
          ...(p.status === 'reject'
            ? [
                'if (response.StatusCode == HttpStatusCode.Unauthorized)',
                ...stop(javaString(REJECTED)),
              ]
            : []),
          'if (!response.IsSuccessStatusCode)',
          ...stop('$"HTTP {(int)response.StatusCode}: {answer}"'),
          'using (JsonDocument json = JsonDocument.Parse(answer))',
          '{',
          '    Console.WriteLine(json.RootElement.GetProperty("choices")[0]',
          '        .GetProperty("message").GetProperty("content").GetString());',
          '}',
        ];
  const body = [
    ...(p.note && p.key !== 'require' ? [`// ${p.note}`] : []),
    ...csharpKey(p),
    'string body = JsonSerializer.Serialize(new',
    '{',
    `    model = "${model}",`,
    '    messages = new[] { new { role = "user", content = "Hello" } },',
    '});',
    `var request = new HttpRequestMessage(HttpMethod.Post, "${p.url ?? CHAT_URL}")`,
    '{',
    '    Content = new StringContent(body, Encoding.UTF8, "application/json"),',
    '};',
    ...(p.note && p.key === 'require' ? [`// ${p.note}`] : []),
    p.bearer
      ? 'request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);'
      : 'request.Headers.TryAddWithoutValidation("Authorization", apiKey);',
    'using (var http = new HttpClient())',
    'using (HttpResponseMessage response = await http.SendAsync(request))',
    '{',
    '    string answer = await response.Content.ReadAsStringAsync();',
    ...indent('    ', status),
    '}',
    'return 0;',
  ];
  return lines(
    usings.map((name) => `using ${name};`),
    '',
    'public static class DeepSeekChat',
    '{',
    '    public static async Task<int> Main()',
    '    {',
    indent('        ', body),
    '    }',
    '}',
  );
}

// ---------------------------------------------------------------------------------------------
// PHP: the curl extension (php-curl), which nearly every PHP install has.

function phpKey(p: HttpProgram): string[] {
  const stop = (message: string) => [`    fwrite(STDERR, ${message});`, '    exit(1);', '}'];
  switch (p.key) {
    case 'require':
      return [
        `$apiKey = getenv('${K}');`,
        "if ($apiKey === false || $apiKey === '') {",
        ...stop(`"${NOT_SET}\\n"`),
      ];
    case 'clean': {
      const [before, , after] = malformed('');
      return [
        `$apiKey = trim(trim((string) getenv('${K}')), '"\\'');`,
        `if (!preg_match('/^${SHAPE}$/', $apiKey)) {`,
        ...stop(`'${before}' . strlen($apiKey) . "${after}\\n"`),
      ];
    }
    case 'raw':
      return [`$apiKey = getenv('${K}');`];
    case 'literal':
      return [`$apiKey = '${ELIDED_KEY} ';`];
    case 'wrong-name':
      return [`$apiKey = getenv('${WRONG_NAME}');`];
  }
}

function phpProgram(p: HttpProgram, model: string): string {
  const stop = (message: string) => [`    fwrite(STDERR, ${message});`, '    exit(1);', '}'];
  const status =
    p.status === 'ignore'
      ? ['echo $answer, PHP_EOL;']
      : [
          '$status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);',
          ...(p.status === 'reject' ? ['if ($status === 401) {', ...stop(`"${REJECTED}\\n"`)] : []),
          'if ($status !== 200) {',
          ...stop('"HTTP $status: $answer\\n"'),
          "echo json_decode($answer, true)['choices'][0]['message']['content'], PHP_EOL;",
        ];
  return lines(
    '<?php',
    '',
    p.note && p.key !== 'require' ? `// ${p.note}` : false,
    phpKey(p),
    '',
    `$curl = curl_init('${p.url ?? CHAT_URL}');`,
    p.note && p.key === 'require' ? `// ${p.note}` : false,
    `$headers = ['Content-Type: application/json', ${p.bearer ? '"Authorization: Bearer $apiKey"' : '"Authorization: $apiKey"'}];`,
    'curl_setopt_array($curl, [',
    '    CURLOPT_POST => true,',
    '    CURLOPT_RETURNTRANSFER => true,',
    '    CURLOPT_HTTPHEADER => $headers,',
    '    CURLOPT_POSTFIELDS => json_encode([',
    `        'model' => '${model}',`,
    "        'messages' => [['role' => 'user', 'content' => 'Hello']],",
    '    ]),',
    ']);',
    '$answer = curl_exec($curl);',
    'if ($answer === false) {',
    ...stop('curl_error($curl) . "\\n"'),
    status,
  );
}

// ---------------------------------------------------------------------------------------------
// Rust: reqwest's blocking client with its json feature, and serde_json.

/** A print macro as rustfmt writes it: on one line when it fits in 100 columns, else one argument a line. */
function rustPrint(macro: string, args: readonly string[], depth: number): string[] {
  const pad = '    '.repeat(depth);
  const oneLine = `${macro}!(${args.join(', ')});`;
  if (pad.length + oneLine.length <= 100) return [oneLine];
  return [`${macro}!(`, ...args.map((a, i) => `    ${a}${i < args.length - 1 ? ',' : ''}`), ');'];
}

const rustStop = (args: readonly string[]) => [
  ...indent('    ', rustPrint('eprintln', args, 2)),
  '    std::process::exit(1);',
  '}',
];

function rustKey(p: HttpProgram): string[] {
  switch (p.key) {
    case 'require':
      return [
        `let api_key = env::var("${K}").unwrap_or_default();`,
        'if api_key.is_empty() {',
        ...rustStop([`"${NOT_SET}"`]),
      ];
    case 'clean': {
      const [before, , after] = malformed('');
      return [
        `let raw = env::var("${K}").unwrap_or_default();`,
        `let api_key = raw.trim().trim_matches(|c| c == '"' || c == '\\'');`,
        `// ^${SHAPE}$, without the regex crate.`,
        "let hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);",
        'if !(api_key.len() == 35 && api_key.starts_with("sk-") && api_key[3..].chars().all(hex)) {',
        ...rustStop([`"${before}{}${after}"`, 'api_key.len()']),
      ];
    }
    case 'raw':
      return [`let api_key = env::var("${K}").unwrap_or_default();`];
    case 'literal':
      return [`let api_key = "${ELIDED_KEY} ";`];
    case 'wrong-name':
      return [`let api_key = env::var("${WRONG_NAME}").unwrap_or_default();`];
  }
}

function rustProgram(p: HttpProgram, model: string): string {
  const status =
    p.status === 'ignore'
      ? ['println!("{}", response.text()?);']
      : [
          ...(p.status === 'reject'
            ? ['if response.status() == StatusCode::UNAUTHORIZED {', ...rustStop([`"${REJECTED}"`])]
            : []),
          'if !response.status().is_success() {',
          ...rustStop(['"HTTP {}: {}"', 'response.status().as_u16()', 'response.text()?']),
          'let answer: Value = response.json()?;',
          'let content = &answer["choices"][0]["message"]["content"];',
          'println!("{}", content.as_str().unwrap_or_default());',
        ];
  const uses = ['use reqwest::blocking::Client;'];
  if (p.status === 'reject') uses.push('use reqwest::StatusCode;');
  uses.push(p.status === 'ignore' ? 'use serde_json::json;' : 'use serde_json::{json, Value};');
  uses.push('use std::env;');
  const body = [
    ...(p.note && p.key !== 'require' ? [`// ${p.note}`] : []),
    ...rustKey(p),
    'let client = Client::new();',
    'let request = client',
    `    .post("${p.url ?? CHAT_URL}")`,
    ...(p.note && p.key === 'require' ? [`    // ${p.note}`] : []),
    p.bearer ? '    .bearer_auth(&api_key)' : '    .header("Authorization", &api_key)',
    '    .json(&json!({',
    `        "model": "${model}",`,
    '        "messages": [{"role": "user", "content": "Hello"}],',
    '    }))',
    '    .build()?;',
    'let response = client.execute(request)?;',
    ...status,
    'Ok(())',
  ];
  return lines(
    uses,
    '',
    'fn main() -> Result<(), Box<dyn std::error::Error>> {',
    indent('    ', body),
    '}',
  );
}

const RENDER: Record<HttpLanguage, (p: HttpProgram, model: string) => string> = {
  java: javaProgram,
  go: goProgram,
  csharp: csharpProgram,
  php: phpProgram,
  rust: rustProgram,
};

/** The broken and fixed program of a cause in one of the five languages. */
export function httpCode(cause: CauseId, language: HttpLanguage, model: string) {
  const pair = httpPrograms(cause, language);
  return {
    broken: RENDER[language](pair.broken, model),
    fixed: RENDER[language](pair.fixed, model),
  };
}

export { MODELS_URL };
