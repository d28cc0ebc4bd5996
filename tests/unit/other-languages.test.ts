import { describe, expect, it } from 'vitest';
import { lintCode } from '../../src/domain/code/lint-code.ts';
import { diagnose } from '../../src/domain/diagnosis/diagnose.ts';
import { analysePaste, codeTabOf } from '../../src/paste/analyse-paste.ts';

const KEY = 'sk-0123456789abcdef0123456789abcdef';

/** Real shapes of each language's call, broken the ways threads show. */
const CASES = [
  {
    language: 'java',
    code: `import java.net.http.*;
public class Main {
  public static void main(String[] args) throws Exception {
    String key = System.getenv("OPENAI_API_KEY");
    HttpRequest req = HttpRequest.newBuilder()
      .uri(URI.create("https://api.openai.com/v1/chat/completions"))
      .header("Authorization", "Bearer " + key)
      .build();
  }
}`,
    finds: [
      ['env-var-name', 4],
      ['foreign-base-url', 6],
    ],
  },
  {
    language: 'go',
    code: `package main

import (
	"os"
	openai "github.com/sashabaranov/go-openai"
)

func main() {
	client := openai.NewClient(os.Getenv("DEEPSEEK_API_KEY"))
	_ = client
}`,
    finds: [['no-base-url', 9]],
    // go-openai takes a base URL only through DefaultConfig.
    fixed: `package main

import (
	"os"
	openai "github.com/sashabaranov/go-openai"
)

func main() {
	config := openai.DefaultConfig(os.Getenv("DEEPSEEK_API_KEY"))
	config.BaseURL = "https://api.deepseek.com"
	client := openai.NewClientWithConfig(config)
	_ = client
}`,
  },
  {
    language: 'csharp',
    code: `using System;
using OpenAI.Chat;

var client = new ChatClient("deepseek-chat", Environment.GetEnvironmentVariable("DS_KEY"));`,
    finds: [
      ['env-var-name', 4],
      ['no-base-url', 4],
    ],
  },
  {
    language: 'php',
    code: `<?php
$client = OpenAI::client('${KEY}');
$result = $client->chat()->create(['model' => 'deepseek-chat']);`,
    finds: [
      ['no-base-url', 2],
      ['hard-coded-key', 2],
    ],
    // OpenAI::client() takes no base URI; the factory does. The key is read from the variable.
    fixed: `<?php
$client = OpenAI::factory()->withApiKey(getenv('DEEPSEEK_API_KEY'))->withBaseUri('api.deepseek.com')->make();
$result = $client->chat()->create(['model' => 'deepseek-chat']);`,
  },
  {
    language: 'rust',
    code: `use async_openai::Client;

fn main() {
    let client = Client::new();
}`,
    finds: [['no-base-url', 4]],
  },
] as const;

describe('Java, Go, C#, PHP and Rust: read, and repaired where one change can', () => {
  it.each(CASES.map((c) => [c.language, c] as const))('%s', async (language, c) => {
    const lint = lintCode(c.code);
    expect(lint.language).toBe('other');
    expect(lint.tab).toBe(language);
    expect(lint.findings.map((f) => [f.code, f.line])).toEqual(
      expect.arrayContaining(c.finds.map(([code, line]) => [code, line])),
    );
    const pasted = await analysePaste('', c.code);
    // Only what one change mends: elsewhere the code stays as it was pasted.
    expect(pasted.repaired?.fixed).toBe('fixed' in c ? c.fixed : c.code);
    expect(codeTabOf(pasted, 'python')).toBe(language);
    expect(pasted.tool).toMatch(
      new RegExp(`^${language === 'rust' ? 'rust-async' : language}-openai$`),
    );
  });

  it('a key sent to OpenAI from Java code is cause 4, the key not passed to DeepSeek', () => {
    const diagnosis = diagnose({ code: lintCode(CASES[0].code) });
    expect(diagnosis.top).toBe('not-passed');
  });

  it.each([
    [
      'Java',
      'Request request = new Request.Builder()\n    .url("https://api.deepseek.com/chat/completions")\n    .addHeader("Authorization", System.getenv("DEEPSEEK_API_KEY"))\n    .build();',
      3,
    ],
    [
      'PHP',
      "<?php\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: ' . getenv('DEEPSEEK_API_KEY')]);",
      2,
    ],
    [
      'Go',
      'package main\n\nfunc main() {\n\treq.Header.Set("Authorization", os.Getenv("DEEPSEEK_API_KEY"))\n}',
      4,
    ],
  ])('%s: a header set to the bare key is cause 4, and gets “Bearer ”', async (_, code, line) => {
    const lint = lintCode(code);
    expect(lint.findings.map((f) => [f.code, f.line])).toContainEqual([
      'auth-header-no-bearer',
      line,
    ]);
    expect(diagnose({ code: lint }).likely).toBe('not-passed');
    const fixed = (await analysePaste('', code)).repaired?.fixed.split('\n')[line - 1];
    expect(fixed).toMatch(/["']Authorization(?:["'], ["']|: )Bearer ["']?\s*(?:\+|\.)?\s*/);
  });

  it.each([
    [
      'C# (Semantic Kernel)',
      'var builder = Kernel.CreateBuilder();\nbuilder.AddOpenAIChatCompletion(modelId: "deepseek-chat", apiKey: "DEEPSEEK_API_KEY", endpoint: new Uri("https://api.deepseek.com"));',
      'apiKey: Environment.GetEnvironmentVariable("DEEPSEEK_API_KEY")',
    ],
    [
      'Java',
      'OpenAIClient client = OpenAIOkHttpClient.builder()\n    .apiKey("DEEPSEEK_API_KEY")\n    .baseUrl("https://api.deepseek.com")\n    .build();',
      '.apiKey(System.getenv("DEEPSEEK_API_KEY"))',
    ],
    [
      'Go',
      'package main\nfunc main() {\n\tconfig := openai.DefaultConfig("DEEPSEEK_API_KEY")\n\tconfig.BaseURL = "https://api.deepseek.com"\n}',
      'openai.DefaultConfig(os.Getenv("DEEPSEEK_API_KEY"))',
    ],
  ])(
    '%s: a variable’s name in quotes as the key is read as the variable',
    async (_, code, read) => {
      expect(lintCode(code).findings.map((f) => f.code)).toContain('key-is-variable-name');
      expect((await analysePaste('', code)).repaired?.fixed).toContain(read);
    },
  );

  it('Java: LangChain4j’s OpenAI model with no base URL gets .baseUrl()', async () => {
    const java =
      'ChatModel model = OpenAiChatModel.builder()\n        .apiKey(System.getenv("DEEPSEEK_API_KEY"))\n        .modelName("deepseek-flash")\n        .build();';
    const lint = lintCode(java);
    expect(lint.findings.map((f) => [f.code, f.line])).toContainEqual(['no-base-url', 1]);
    expect((await analysePaste('', java)).repaired?.fixed).toBe(
      java.replace('.builder()', '.builder().baseUrl("https://api.deepseek.com")'),
    );
  });

  it('leaves a header built from a variable that holds “Bearer ” alone', () => {
    const java =
      'String auth = "Bearer " + System.getenv("DEEPSEEK_API_KEY");\nrequest.header("Authorization", auth);';
    expect(lintCode(java).findings).toEqual([]);
  });

  it('Go from its `name := ` lines alone: a variable’s name given as the key', async () => {
    const pasted = await analysePaste(
      '',
      'config := openai.DefaultConfig("DEEPSEEK_API_KEY")\nconfig.BaseURL = "https://api.deepseek.com"\n',
    );
    expect(pasted.code?.tab).toBe('go');
    expect(pasted.repaired?.fixed).toContain('openai.DefaultConfig(os.Getenv("DEEPSEEK_API_KEY"))');
  });

  it('Go: a key given to os.Getenv becomes the variable’s name, not a read inside a read', async () => {
    const pasted = await analysePaste(
      '',
      'package main\n\nfunc main() {\n\tcfg := openai.DefaultConfig(os.Getenv("sk-0123456789abcdef0123456789abcdef"))\n\tcfg.BaseURL = "https://api.deepseek.com"\n}\n',
    );
    expect(pasted.repaired?.fixed).toContain('openai.DefaultConfig(os.Getenv("DEEPSEEK_API_KEY"))');
    expect(pasted.repaired?.fixed).not.toContain('os.Getenv(os.Getenv(');
  });

  it('Go: an SDK base URL with the path the SDK adds itself', () => {
    const go = `package main

func main() {
	config := openai.DefaultConfig(os.Getenv("DEEPSEEK_API_KEY"))
	config.BaseURL = "https://api.deepseek.com/v1/chat/completions"
}`;
    expect(lintCode(go).findings.map((f) => [f.code, f.line])).toEqual([['base-url-path', 5]]);
  });

  it('code that calls DeepSeek with the right variable has nothing to say', () => {
    const go = `package main

import "os"

func main() {
	req, _ := http.NewRequest("POST", "https://api.deepseek.com/chat/completions", body)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("DEEPSEEK_API_KEY"))
}`;
    const lint = lintCode(go);
    expect(lint.tab).toBe('go');
    expect(lint.findings).toEqual([]);
  });
});

describe('a raw HTTP client takes the full endpoint URL', () => {
  it('does not call reqwest’s …/chat/completions an extra path (only an SDK adds it)', () => {
    const code = `use std::env;

fn main() {
    let client = reqwest::blocking::Client::new();
    let resp = client
        .post("https://api.deepseek.com/chat/completions")
        .bearer_auth(env::var("DEEPSEEK_API_KEY").unwrap())
        .send();
}`;
    expect(lintCode(code).findings.map((f) => f.code)).not.toContain('base-url-path');
  });
});

describe('a client’s base URL, as each SDK takes it', () => {
  it('reads openai-php’s withBaseUri with a host and no scheme as DeepSeek’s', () => {
    const code =
      "<?php\n$client = \\OpenAI::factory()\n    ->withApiKey(getenv('DEEPSEEK_API_KEY'))\n    ->withBaseUri('api.deepseek.com')\n    ->make();";
    expect(lintCode(code).findings.map((f) => f.code)).not.toContain('no-base-url');
  });

  it('finds C#’s target-typed new ChatClient with no endpoint', () => {
    const code =
      'using OpenAI.Chat;\n\nvar key = Environment.GetEnvironmentVariable("DEEPSEEK_API_KEY")!;\nChatClient client = new(model: "deepseek-flash", apiKey: key);';
    expect(lintCode(code).findings.map((f) => [f.code, f.line])).toContainEqual(['no-base-url', 4]);
  });
});

describe('a client configuration that reads OPENAI_API_KEY unless given a key', () => {
  const RUST = [
    'use async_openai::{config::OpenAIConfig, Client};',
    'fn main() {',
    '    let config = OpenAIConfig::new().with_api_base("https://api.deepseek.com");',
    '    let client = Client::with_config(config);',
    '}',
  ].join('\n');
  const BAD_FORMAT =
    'Error: JSONDeserialize(Error("expected value"), "Authentication Fails (auth header format should be Bearer sk-...)")';

  it('async-openai without with_api_key: not passed, and the key given from DEEPSEEK_API_KEY', async () => {
    const lint = lintCode(RUST);
    expect(lint.findings).toContainEqual(expect.objectContaining({ code: 'no-api-key', line: 3 }));
    const { repaired, parsedError, code } = await analysePaste(BAD_FORMAT, RUST);
    expect(repaired!.fixed).toContain(
      'OpenAIConfig::new().with_api_key(std::env::var("DEEPSEEK_API_KEY").expect("DEEPSEEK_API_KEY is not set")).with_api_base(',
    );
    expect(diagnose({ parsedError, code }).likely).toBe('not-passed');
  });

  it('says nothing where the key is given', () => {
    const given = RUST.replace('OpenAIConfig::new()', 'OpenAIConfig::new().with_api_key(key)');
    expect(lintCode(given).findings.map((f) => f.code)).not.toContain('no-api-key');
  });
});

describe('other languages: a .env line pasted with the code', () => {
  // Round I: Laravel's config reads env('DEEPSEEK_API_KEY'); the server's .env holds the key.
  const PHP = [
    '<?php',
    '$client = OpenAI::factory()',
    "    ->withApiKey(config('services.deepseek.key'))",
    "    ->withBaseUri('api.deepseek.com/v1')",
    '    ->make();',
    '',
    '# /var/www/app/.env',
    'DEEPSEEK_API_KEY=sk-0d6cb6907c5df3baeb0d115ba525ca3e',
    '',
  ].join('\n');

  it('is where the key belongs, not a key written in the code', () => {
    const lint = lintCode(PHP);
    expect(lint.findings).toContainEqual(
      expect.objectContaining({
        code: 'env-line-key',
        line: 8,
        vars: expect.objectContaining({ name: 'DEEPSEEK_API_KEY' }),
      }),
    );
    expect(lint.findings.map((f) => f.code)).not.toContain('hard-coded-key');
  });

  it('marks “revoked” likely when DeepSeek refused that very key; its copy gets the key’s slot', async () => {
    const { parsedError, code, repaired } = await analysePaste(
      'production.ERROR: Authentication Fails, Your api key: ****ca3e is invalid',
      PHP,
    );
    expect(diagnose({ parsedError, code }).likely).toBe('revoked');
    expect(repaired?.fixed).toContain('DEEPSEEK_API_KEY=PASTE_YOUR_DEEPSEEK_KEY_HERE');
  });
});

describe('other languages: "Bearer " given twice', () => {
  it.each([
    [
      'using System.Net.Http.Headers;\nclient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", $"Bearer {apiKey}");\n',
      'new AuthenticationHeaderValue("Bearer", $"{apiKey}")',
    ],
    [
      'fn main() {\n    let res = client.post(url).bearer_auth(format!("Bearer {}", key)).send();\n}\n',
      '.bearer_auth(format!("{}", key))',
    ],
  ])('is found and the value’s own “Bearer ” removed: %j', async (code, fixed) => {
    expect(lintCode(code).findings.map((f) => f.code)).toContain('auth-header-double-bearer');
    const { repaired } = await analysePaste('', code);
    expect(repaired?.fixed).toContain(fixed);
  });

  it('leaves a scheme given once alone', () => {
    const code =
      'using System.Net.Http.Headers;\nclient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);\n';
    expect(lintCode(code).findings.map((f) => f.code)).not.toContain('auth-header-double-bearer');
  });
});

describe('Ruby: read and repaired, with no tab of its own', () => {
  it.each([
    [
      'ruby-openai’s access_token: uri_base',
      'require "openai"\n\nclient = OpenAI::Client.new(access_token: ENV.fetch("DEEPSEEK_API_KEY"))',
      'client = OpenAI::Client.new(uri_base: "https://api.deepseek.com", access_token: ENV.fetch("DEEPSEEK_API_KEY"))',
    ],
    [
      'openai-ruby’s api_key: base_url',
      'require "openai"\nclient = OpenAI::Client.new(api_key: ENV["DEEPSEEK_API_KEY"])',
      'client = OpenAI::Client.new(base_url: "https://api.deepseek.com", api_key: ENV["DEEPSEEK_API_KEY"])',
    ],
    [
      'ruby-openai’s configure block: config.uri_base',
      'OpenAI.configure do |config|\n  config.access_token = ENV.fetch("DEEPSEEK_API_KEY")\nend\n\nclient = OpenAI::Client.new',
      '  config.uri_base = "https://api.deepseek.com"',
    ],
  ])('%s: no base URL is cause 4, and the copy sends to DeepSeek', async (_, code, line) => {
    const lint = lintCode(code);
    expect(lint.language).toBe('other');
    expect(lint.tab).toBeNull();
    expect(lint.findings.map((f) => f.code)).toEqual(['no-base-url']);
    expect(diagnose({ code: lint }).top).toBe('not-passed');
    expect((await analysePaste('', code)).repaired?.fixed.split('\n')).toContain(line);
  });

  it('names the option of the gem the code uses', () => {
    const option = (code: string) =>
      lintCode(code).findings.find((f) => f.code === 'no-base-url')?.vars.option;
    expect(option('client = OpenAI::Client.new(access_token: ENV["K"])')).toBe('uri_base:');
    expect(option('client = OpenAI::Client.new(api_key: ENV["K"])')).toBe('base_url:');
    expect(option('llm = Langchain::LLM::OpenAI.new(api_key: ENV["K"])')).toBe(
      'llm_options: { uri_base: }',
    );
  });

  it('Net::HTTP: a header set by index to the bare key gets “Bearer ”', async () => {
    const code =
      "require 'net/http'\nuri = URI('https://api.deepseek.com/chat/completions')\nreq = Net::HTTP::Post.new(uri)\nreq['Authorization'] = ENV['DEEPSEEK_API_KEY']";
    const lint = lintCode(code);
    expect(lint.findings.map((f) => [f.code, f.line])).toEqual([['auth-header-no-bearer', 4]]);
    expect((await analysePaste('', code)).repaired?.fixed.split('\n')[3]).toBe(
      `req['Authorization'] = "Bearer " + ENV['DEEPSEEK_API_KEY']`,
    );
  });

  it('a variable’s name as access_token is read as the variable; a key written in is too', async () => {
    const named =
      'require "openai"\nclient = OpenAI::Client.new(access_token: "DEEPSEEK_API_KEY", uri_base: "https://api.deepseek.com")';
    expect((await analysePaste('', named)).repaired?.fixed).toContain(
      'access_token: ENV.fetch("DEEPSEEK_API_KEY")',
    );
    const written = `require "openai"\nclient = OpenAI::Client.new(access_token: "${KEY}", uri_base: "https://api.deepseek.com")`;
    expect(lintCode(written).findings.map((f) => f.code)).toEqual(['hard-coded-key']);
    expect((await analysePaste('', written)).repaired?.fixed).not.toContain(KEY);
  });

  it('leaves Go’s Header["Authorization"] = []string{…} to no “Bearer ” edit', () => {
    const go =
      'package main\n\nfunc main() {\n\treq.Header["Authorization"] = []string{os.Getenv("DEEPSEEK_API_KEY")}\n}';
    expect(lintCode(go).findings.map((f) => f.code)).not.toContain('auth-header-no-bearer');
  });

  it('is not JavaScript’s require(…)', () => {
    expect(lintCode('const OpenAI = require("openai");\nconst client = new OpenAI();').tab).toBe(
      'node',
    );
  });
});
