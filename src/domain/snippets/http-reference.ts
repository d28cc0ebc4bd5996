import { DEEPSEEK_BASE_URL as BASE, KEY_ENV_VAR as K } from '../deepseek-facts.ts';
import type { HttpLanguage } from './http-languages.ts';

/**
 * The reference snippets (SPEC §2.4) in Java, Go, C#, PHP and Rust: a new key asked for at run
 * time after a 401, and a start-up check of presence, shape and a free GET /models. Their
 * messages are those of the other languages' snippets, word for word.
 */

/** The reference snippets' messages, the same in every language (reference-snippets.ts too). */
export const ASK_PROMPT = 'DeepSeek API key (hidden): ';
export const REJECTED_NOTE = 'The stored key was rejected: ask for a new one, for this run only.';
export const STARTUP_DOC =
  'Fail fast at start-up: the key is set, well-formed, and accepted by DeepSeek.';
export const NOT_SET = `${K} is not set in this process.`;
export const MALFORMED_TAIL = 'characters, expected sk- and 32 hex.';
export const REJECTS = `DeepSeek rejects ${K}`;
const CREATE = 'create a new key.';
const CHAT_URL = `${BASE}/chat/completions`;
const MODELS_URL = `${BASE}/models`;
const SHAPE = 'sk-[0-9a-f]{32}';
const body = (model: string) =>
  `{"model": "${model}", "messages": [{"role": "user", "content": "Hello"}]}`;
const quoted = (text: string) => `"${text.replace(/"/g, '\\"')}"`;

function javaWorkaround(model: string): string {
  return `import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class DeepSeekChat {
    static final BufferedReader STDIN = new BufferedReader(new InputStreamReader(System.in));

    /** Asks for a key on the terminal without showing it (a plain line when input is piped). */
    static String askForKey() throws Exception {
        Console console = System.console();
        if (console != null) {
            return new String(console.readPassword("${ASK_PROMPT}")).strip();
        }
        System.err.print("${ASK_PROMPT}");
        String line = STDIN.readLine();
        return line == null ? "" : line.strip();
    }

    static HttpResponse<String> chat(String apiKey) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("${CHAT_URL}"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(${quoted(body(model))}))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static void main(String[] args) throws Exception {
        String apiKey = System.getenv("${K}");
        HttpResponse<String> response = chat(apiKey == null || apiKey.isEmpty() ? askForKey() : apiKey);
        if (response.statusCode() == 401) {
            // ${REJECTED_NOTE}
            response = chat(askForKey());
        }
        if (response.statusCode() != 200) {
            System.err.println("HTTP " + response.statusCode() + ": " + response.body());
            System.exit(1);
        }
        System.out.println(response.body());
    }
}
`;
}

function javaPrevention(): string {
  return `import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class DeepSeekStartupCheck {
    /** ${STARTUP_DOC} */
    static String deepseekKey() throws Exception {
        String key = System.getenv().getOrDefault("${K}", "");
        if (key.isEmpty()) {
            fail("${NOT_SET}");
        }
        if (!key.matches("${SHAPE}")) {
            fail("${K} is malformed: " + key.length() + " ${MALFORMED_TAIL}");
        }
        // GET /models: free, spends no tokens
        HttpRequest request = HttpRequest.newBuilder(URI.create("${MODELS_URL}"))
                .header("Authorization", "Bearer " + key)
                .build();
        int status = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 401) {
            fail("${REJECTS} (ends " + key.substring(key.length() - 4) + "): ${CREATE}");
        }
        if (status != 200) {
            fail("GET /models answered HTTP " + status + ".");
        }
        return key;
    }

    static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }

    public static void main(String[] args) throws Exception {
        String key = deepseekKey();
    }
}
`;
}

function goWorkaround(model: string): string {
  return `package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"golang.org/x/term"
)

// askForKey reads a key from the terminal without showing it.
func askForKey() string {
	fmt.Fprint(os.Stderr, "${ASK_PROMPT}")
	key, err := term.ReadPassword(int(os.Stdin.Fd()))
	fmt.Fprintln(os.Stderr)
	if err != nil {
		panic(err)
	}
	return strings.TrimSpace(string(key))
}

func chat(apiKey string) (int, []byte) {
	body := []byte(\`${body(model)}\`)
	req, err := http.NewRequest(http.MethodPost, "${CHAT_URL}", bytes.NewReader(body))
	if err != nil {
		panic(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+apiKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	if err != nil {
		panic(err)
	}
	return resp.StatusCode, answer
}

func main() {
	apiKey := os.Getenv("${K}")
	if apiKey == "" {
		apiKey = askForKey()
	}
	status, answer := chat(apiKey)
	if status == http.StatusUnauthorized {
		// ${REJECTED_NOTE}
		status, answer = chat(askForKey())
	}
	if status != http.StatusOK {
		fmt.Fprintf(os.Stderr, "HTTP %d: %s\\n", status, answer)
		os.Exit(1)
	}
	fmt.Println(string(answer))
}
`;
}

function goPrevention(): string {
  return `package main

import (
	"fmt"
	"net/http"
	"os"
	"regexp"
)

// deepseekKey: ${STARTUP_DOC}
func deepseekKey() string {
	key := os.Getenv("${K}")
	if key == "" {
		fail("${NOT_SET}")
	}
	if !regexp.MustCompile(\`^${SHAPE}$\`).MatchString(key) {
		fail(fmt.Sprintf("${K} is malformed: %d ${MALFORMED_TAIL}", len(key)))
	}
	// GET /models: free, spends no tokens
	req, err := http.NewRequest(http.MethodGet, "${MODELS_URL}", nil)
	if err != nil {
		panic(err)
	}
	req.Header.Set("Authorization", "Bearer "+key)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	resp.Body.Close()
	if resp.StatusCode == http.StatusUnauthorized {
		fail(fmt.Sprintf("${REJECTS} (ends %s): ${CREATE}", key[len(key)-4:]))
	}
	if resp.StatusCode != http.StatusOK {
		fail(fmt.Sprintf("GET /models answered HTTP %d.", resp.StatusCode))
	}
	return key
}

func fail(message string) {
	fmt.Fprintln(os.Stderr, message)
	os.Exit(1)
}

func main() {
	_ = deepseekKey()
}
`;
}

function csharpWorkaround(model: string): string {
  return `using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

public static class DeepSeekChat
{
    /// <summary>Asks for a key on the terminal without showing it (a plain line when input is piped).</summary>
    static string AskForKey()
    {
        Console.Error.Write("${ASK_PROMPT}");
        if (Console.IsInputRedirected)
        {
            return (Console.ReadLine() ?? "").Trim();
        }
        var key = new StringBuilder();
        for (ConsoleKeyInfo k = Console.ReadKey(true); k.Key != ConsoleKey.Enter; k = Console.ReadKey(true))
        {
            if (k.Key == ConsoleKey.Backspace && key.Length > 0) key.Length--;
            else if (!char.IsControl(k.KeyChar)) key.Append(k.KeyChar);
        }
        Console.Error.WriteLine();
        return key.ToString().Trim();
    }

    static async Task<HttpResponseMessage> Chat(HttpClient http, string apiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "${CHAT_URL}")
        {
            Content = new StringContent(${quoted(body(model))}, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return await http.SendAsync(request);
    }

    public static async Task<int> Main()
    {
        string apiKey = Environment.GetEnvironmentVariable("${K}");
        using (var http = new HttpClient())
        {
            HttpResponseMessage response = await Chat(http, string.IsNullOrEmpty(apiKey) ? AskForKey() : apiKey);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                // ${REJECTED_NOTE}
                response = await Chat(http, AskForKey());
            }
            string answer = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"HTTP {(int)response.StatusCode}: {answer}");
                return 1;
            }
            Console.WriteLine(answer);
            return 0;
        }
    }
}
`;
}

function csharpPrevention(): string {
  return `using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

public static class DeepSeekStartupCheck
{
    /// <summary>${STARTUP_DOC}</summary>
    static async Task<string> DeepSeekKey()
    {
        string key = Environment.GetEnvironmentVariable("${K}") ?? "";
        if (key.Length == 0) Fail("${NOT_SET}");
        if (!Regex.IsMatch(key, "^${SHAPE}$")) Fail($"${K} is malformed: {key.Length} ${MALFORMED_TAIL}");
        // GET /models: free, spends no tokens
        var request = new HttpRequestMessage(HttpMethod.Get, "${MODELS_URL}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using (var http = new HttpClient())
        using (HttpResponseMessage response = await http.SendAsync(request))
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                Fail($"${REJECTS} (ends {key.Substring(key.Length - 4)}): ${CREATE}");
            }
            if (!response.IsSuccessStatusCode) Fail($"GET /models answered HTTP {(int)response.StatusCode}.");
        }
        return key;
    }

    static void Fail(string message)
    {
        Console.Error.WriteLine(message);
        Environment.Exit(1);
    }

    public static async Task Main()
    {
        string key = await DeepSeekKey();
    }
}
`;
}

function phpWorkaround(model: string): string {
  return `<?php

/** Asks for a key on the terminal without showing it (a plain line when input is piped). */
function askForKey(): string
{
    fwrite(STDERR, '${ASK_PROMPT}');
    $tty = stream_isatty(STDIN);
    if ($tty) {
        shell_exec('stty -echo');
    }
    $key = trim((string) fgets(STDIN));
    if ($tty) {
        shell_exec('stty echo');
        fwrite(STDERR, PHP_EOL);
    }
    return $key;
}

/** @return array{int, string} the HTTP status and DeepSeek's answer */
function chat(string $apiKey): array
{
    $curl = curl_init('${CHAT_URL}');
    curl_setopt_array($curl, [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Content-Type: application/json', "Authorization: Bearer $apiKey"],
        CURLOPT_POSTFIELDS => '${body(model)}',
    ]);
    $answer = curl_exec($curl);
    if ($answer === false) {
        throw new RuntimeException(curl_error($curl));
    }
    return [curl_getinfo($curl, CURLINFO_RESPONSE_CODE), $answer];
}

$apiKey = getenv('${K}');
[$status, $answer] = chat($apiKey === false || $apiKey === '' ? askForKey() : $apiKey);
if ($status === 401) {
    // ${REJECTED_NOTE}
    [$status, $answer] = chat(askForKey());
}
if ($status !== 200) {
    fwrite(STDERR, "HTTP $status: $answer\\n");
    exit(1);
}
echo json_decode($answer, true)['choices'][0]['message']['content'], PHP_EOL;
`;
}

function phpPrevention(): string {
  return `<?php

/** ${STARTUP_DOC} */
function deepseekKey(): string
{
    $key = (string) getenv('${K}');
    if ($key === '') {
        fail('${NOT_SET}');
    }
    if (!preg_match('/^${SHAPE}$/', $key)) {
        fail("${K} is malformed: " . strlen($key) . ' ${MALFORMED_TAIL}');
    }
    // GET /models: free, spends no tokens
    $curl = curl_init('${MODELS_URL}');
    curl_setopt_array($curl, [
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ["Authorization: Bearer $key"],
    ]);
    if (curl_exec($curl) === false) {
        fail(curl_error($curl));
    }
    $status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    if ($status === 401) {
        fail('${REJECTS} (ends ' . substr($key, -4) . '): ${CREATE}');
    }
    if ($status !== 200) {
        fail("GET /models answered HTTP $status.");
    }
    return $key;
}

function fail(string $message): never
{
    fwrite(STDERR, $message . PHP_EOL);
    exit(1);
}

$key = deepseekKey();
`;
}

function rustWorkaround(model: string): string {
  return `use reqwest::blocking::{Client, Response};
use reqwest::StatusCode;
use serde_json::json;
use std::env;

/// Asks for a key on the terminal without showing it (the rpassword crate).
fn ask_for_key() -> std::io::Result<String> {
    let key = rpassword::prompt_password("${ASK_PROMPT}")?;
    Ok(key.trim().to_string())
}

fn chat(client: &Client, api_key: &str) -> reqwest::Result<Response> {
    client
        .post("${CHAT_URL}")
        .bearer_auth(api_key)
        .json(&json!({
            "model": "${model}",
            "messages": [{"role": "user", "content": "Hello"}],
        }))
        .send()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::new();
    let api_key = match env::var("${K}") {
        Ok(key) if !key.is_empty() => key,
        _ => ask_for_key()?,
    };
    let mut response = chat(&client, &api_key)?;
    if response.status() == StatusCode::UNAUTHORIZED {
        // ${REJECTED_NOTE}
        response = chat(&client, &ask_for_key()?)?;
    }
    if !response.status().is_success() {
        eprintln!("HTTP {}: {}", response.status().as_u16(), response.text()?);
        std::process::exit(1);
    }
    println!("{}", response.text()?);
    Ok(())
}
`;
}

function rustPrevention(): string {
  return `use reqwest::blocking::Client;
use reqwest::StatusCode;
use std::env;

fn fail(message: String) -> ! {
    eprintln!("{message}");
    std::process::exit(1);
}

/// ${STARTUP_DOC}
fn deepseek_key() -> Result<String, reqwest::Error> {
    let key = env::var("${K}").unwrap_or_default();
    if key.is_empty() {
        fail("${NOT_SET}".into());
    }
    // ^${SHAPE}$, without the regex crate.
    let hex = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
    if !(key.len() == 35 && key.starts_with("sk-") && key[3..].chars().all(hex)) {
        fail(format!(
            "${K} is malformed: {} ${MALFORMED_TAIL}",
            key.len()
        ));
    }
    // GET /models: free, spends no tokens
    let response = Client::new()
        .get("${MODELS_URL}")
        .bearer_auth(&key)
        .send()?;
    if response.status() == StatusCode::UNAUTHORIZED {
        fail(format!(
            "${REJECTS} (ends {}): ${CREATE}",
            &key[key.len() - 4..]
        ));
    }
    if !response.status().is_success() {
        fail(format!(
            "GET /models answered HTTP {}.",
            response.status().as_u16()
        ));
    }
    Ok(key)
}

fn main() -> Result<(), reqwest::Error> {
    let _key = deepseek_key()?;
    Ok(())
}
`;
}

export const HTTP_WORKAROUND: Record<HttpLanguage, (model: string) => string> = {
  java: javaWorkaround,
  go: goWorkaround,
  csharp: csharpWorkaround,
  php: phpWorkaround,
  rust: rustWorkaround,
};

export const HTTP_PREVENTION: Record<HttpLanguage, () => string> = {
  java: javaPrevention,
  go: goPrevention,
  csharp: csharpPrevention,
  php: phpPrevention,
  rust: rustPrevention,
};

/** What the fixed programs print on a 401 (`go run` adds its own last line). */
export function httpErrorAsSeen(language: HttpLanguage, body401: string): string {
  return `HTTP 401: ${body401}\n${language === 'go' ? 'exit status 1\n' : ''}`;
}
