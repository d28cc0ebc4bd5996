import { DEEPSEEK_BASE_URL as BASE, KEY_ENV_VAR as K } from '../deepseek-facts.ts';
import type { Grammar } from '../code/highlight.ts';
import type { HttpLanguage } from './http-languages.ts';

/**
 * The OpenAI-compatible libraries people use in Java, Go, C#, PHP and Rust, and how each is given
 * the key and DeepSeek's base URL. The option names and base-URL forms come from each library's
 * own source or docs, at `source`, checked on `checked`.
 */
export interface SdkClient {
  library: string;
  /** The smallest program (or config) that hands the key and the base URL to the library. */
  code: (model: string) => string;
  grammar: Grammar;
  source: string;
  checked: string;
}

const CHECKED = '2026-12-01';

export const SDK_CLIENTS: Readonly<Record<HttpLanguage, SdkClient>> = {
  java: {
    library: 'Spring AI · openai-java',
    // Spring AI's DeepSeek starter reads spring.ai.deepseek.api-key; openai-java's builder takes
    // apiKey and baseUrl (without them it reads OPENAI_API_KEY and calls OpenAI).
    code: (model) => `# Spring AI (spring-ai-starter-model-deepseek), application.properties:
spring.ai.deepseek.api-key=\${${K}}
spring.ai.deepseek.chat.options.model=${model}
# openai-java:
#   OpenAIOkHttpClient.builder().apiKey(System.getenv("${K}")).baseUrl("${BASE}").build()
`,
    grammar: 'yaml',
    source:
      'https://docs.spring.io/spring-ai/reference/api/chat/deepseek-chat.html; https://github.com/openai/openai-java#readme',
    checked: CHECKED,
  },
  go: {
    library: 'go-openai',
    // DefaultConfig's BaseURL is https://api.openai.com/v1 and paths are appended to it: the
    // replacement keeps the /v1 (DeepSeek accepts it).
    code: (model) => `package main

import (
	"context"
	"fmt"
	"os"

	openai "github.com/sashabaranov/go-openai"
)

func main() {
	config := openai.DefaultConfig(os.Getenv("${K}"))
	config.BaseURL = "${BASE}/v1"
	client := openai.NewClientWithConfig(config)
	resp, err := client.CreateChatCompletion(context.Background(), openai.ChatCompletionRequest{
		Model:    "${model}",
		Messages: []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleUser, Content: "Hello"}},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(resp.Choices[0].Message.Content)
}
`,
    grammar: 'go',
    source: 'https://github.com/sashabaranov/go-openai/blob/master/config.go',
    checked: CHECKED,
  },
  csharp: {
    library: 'OpenAI (NuGet)',
    code: (model) => `using System;
using System.ClientModel;
using OpenAI;
using OpenAI.Chat;

public static class DeepSeekChat
{
    public static void Main()
    {
        var client = new ChatClient(
            model: "${model}",
            credential: new ApiKeyCredential(Environment.GetEnvironmentVariable("${K}")),
            options: new OpenAIClientOptions { Endpoint = new Uri("${BASE}") });
        ChatCompletion completion = client.CompleteChat("Hello");
        Console.WriteLine(completion.Content[0].Text);
    }
}
`,
    grammar: 'csharp',
    source: 'https://github.com/openai/openai-dotnet#readme',
    checked: CHECKED,
  },
  php: {
    library: 'openai-php/client',
    // withBaseUri adds https:// when the value has no scheme (src/ValueObjects/Transporter/BaseUri.php).
    code: (model) => `<?php

require 'vendor/autoload.php';

$client = OpenAI::factory()
    ->withApiKey(getenv('${K}'))
    ->withBaseUri('${BASE}')
    ->make();
$response = $client->chat()->create([
    'model' => '${model}',
    'messages' => [['role' => 'user', 'content' => 'Hello']],
]);
echo $response->choices[0]->message->content, PHP_EOL;
`,
    grammar: 'php',
    source:
      'https://github.com/openai-php/client/blob/main/src/ValueObjects/Transporter/BaseUri.php',
    checked: CHECKED,
  },
  rust: {
    library: 'async-openai',
    // OpenAIConfig::new() reads OPENAI_API_KEY and api.openai.com/v1 unless both are replaced.
    code: (model) => `use async_openai::{config::OpenAIConfig, Client};
use std::env;

fn main() {
    let config = OpenAIConfig::new()
        .with_api_key(env::var("${K}").unwrap_or_default())
        .with_api_base("${BASE}");
    let client = Client::with_config(config);
    // client.chat().create(request), the request built as in async-openai's examples,
    // with the model "${model}".
}
`,
    grammar: 'rust',
    source: 'https://docs.rs/async-openai/latest/async_openai/config/struct.OpenAIConfig.html',
    checked: CHECKED,
  },
};
