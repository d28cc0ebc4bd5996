import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { prepareCheck } from '../../src/deepseek/check-key.ts';
import { Workbench } from '../../src/workbench.tsx';

const prepare = vi.fn<typeof prepareCheck>();

async function diagnose(error: string, code = '') {
  const user = userEvent.setup();
  render(<Workbench prepareCheck={prepare} detectRelay={async () => null} />);
  await user.click(screen.getByRole('textbox', { name: 'Paste your error' }));
  await user.paste(error);
  if (code) {
    await user.click(screen.getByRole('textbox', { name: 'Paste your code' }));
    await user.paste(code);
  }
  await user.click(screen.getByRole('button', { name: 'Diagnose' }));
  return screen.findByRole('region', { name: 'Answer' });
}

describe('the Answer, from a reporter’s words', () => {
  it('puts what the threads say about a tool that keeps an old key beside the cause to check', async () => {
    const answer = await diagnose('deepseek api key过期时无法更新key，会一直使用旧的key');
    expect(within(answer).getByText(/Start with “Key not passed to the client”/)).toBeVisible();
    const advice = within(answer).getAllByText(/sending an old key after you entered a new one/);
    expect(advice[0]).toHaveClass('answer-advice');
    expect(advice[0]).toBeVisible();
    expect(prepare).not.toHaveBeenCalled();
  });

  it('names a local model meant, with no cause to check and no key test', async () => {
    const answer = await diagnose(
      "用 ollama 部署的 deepseek-r1:7b，报错 Error code: 401 - {'error': {'message': 'Authentication Fails (no such user)'}}",
    );
    expect(within(answer).getByText(/run the model on your own machine/)).toBeVisible();
    expect(
      within(answer).queryByRole('heading', { name: 'The check that confirms it' }),
    ).toBeNull();
  });

  it('says which variable codecompanion reads, instead of “your code reads DEEPSEEK_API_KEY”', async () => {
    const answer = await diagnose(
      'Error: {"error":{"message":"Authentication Fails, Your api key: ****_KEY is invalid"}}',
      'require("codecompanion").setup({\n  adapters = {\n    deepseek = function()\n      return require("codecompanion.adapters").extend("deepseek", {\n        env = { api_key = "MY_DEEPSEEK_API_KEY" },\n      })\n    end,\n  },\n})',
    );
    expect(within(answer).getByText(/Most likely the key is not set/)).toBeVisible();
    expect(
      within(answer).getByText(/Your code reads the key from MY_DEEPSEEK_API_KEY/),
    ).toBeVisible();
    expect(within(answer).queryByText(/Your code reads DEEPSEEK_API_KEY correctly/)).toBeNull();
  });
});

describe('the Answer, when only the key test can tell', () => {
  it('names the key test as the check, instead of a command, for a bare 401 and no code', async () => {
    const answer = await diagnose(
      '401 Client Error: Unauthorized for url: https://api.deepseek.com/chat/completions',
    );
    expect(within(answer).getByText(/Test your key on this page/)).toBeVisible();
    expect(within(answer).queryByRole('button', { name: 'Copy check' })).toBeNull();
  });

  it('keeps the command when code was pasted: it checks what the code does', async () => {
    const answer = await diagnose(
      '401 Client Error: Unauthorized for url: https://api.deepseek.com/chat/completions',
      'import os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.getenv("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")',
    );
    expect(within(answer).queryByText(/Test your key on this page/)).toBeNull();
    expect(within(answer).getByRole('button', { name: 'Copy check' })).toBeVisible();
  });

  it('says nothing points to a cause when nothing does, and names the key test as what tells them apart', async () => {
    const answer = await diagnose('can not call the deepseek API with authentication_error');
    expect(within(answer).getByText(/nothing you pasted points to one/)).toBeVisible();
    expect(within(answer).queryByText(/Start with/)).toBeNull();
    expect(
      within(answer).getByRole('heading', { name: 'The check that tells them apart' }),
    ).toBeVisible();
    expect(within(answer).getByText(/Test your key on this page/)).toBeVisible();
  });
});

describe('the Answer to words that only say it fails', () => {
  it('reads words with no failure in them the same way: no error to read (ADR 32)', async () => {
    const answer = await diagnose('deepseek-chat model is working but not with @web.');
    expect(within(answer).getByText(/in reports like this it was seldom the key/)).toBeVisible();
    expect(within(answer).queryByText(/Start with/)).toBeNull();
  });

  it('says it was seldom the key in threads worded so, with the key test that reads the balance too (ADR 29)', async () => {
    const answer = await diagnose('Deepseek API调用失败');
    expect(within(answer).getByText(/in reports like this it was seldom the key/)).toBeVisible();
    expect(within(answer).queryByText(/Start with/)).toBeNull();
    expect(
      within(answer).getByRole('heading', { name: 'The check that tells them apart' }),
    ).toBeVisible();
    expect(within(answer).getByText(/Test your key on this page/)).toBeVisible();
    expect(screen.getByText(/Only words that it fails/)).toBeInTheDocument();
  });
});

describe('the Answer’s check, where the paste shows no code', () => {
  it('a tool’s words (Continue’s): the key test, not a check of a Python client it does not have', async () => {
    const answer = await diagnose('401 Authentication Fails, Your api key: ****fcc2 is invalid');
    expect(within(answer).getByText(/Test your key on this page/)).toBeVisible();
    expect(answer).not.toHaveTextContent(/client\.base_url|client\.baseURL/);
    expect(within(answer).queryByText(/Start with/)).toBeNull();
    expect(within(answer).getByText(/refused a key ending in “fcc2”. Compare it/)).toBeVisible();
    // The Answer names no cause, so all four are listed below it.
    const links = within(answer).getAllByRole('link', { name: /^Open this step:/ });
    expect(links).toHaveLength(4);
  });

  it('openai-python’s error: the client check, and says the order is only what reports lean to', async () => {
    const answer = await diagnose(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****fcc2 is invalid'}}",
    );
    expect(answer).toHaveTextContent(/print\(client\.base_url/);
    expect(
      within(answer).getByText(/nothing you pasted points to one more than the others/),
    ).toBeVisible();
  });

  it('says a thread’s advice once, above, not again among the reasons', async () => {
    const answer = await diagnose('deepseek api key过期时无法更新key，会一直使用旧的key');
    expect(
      within(answer).getAllByText(/sending an old key after you entered a new one/),
    ).toHaveLength(1);
  });
});

describe('the Answer, for a tool’s error with no code pasted', () => {
  it('fixes the tool’s settings, not a Python client the user does not have (Claude Code)', async () => {
    const answer = await diagnose(
      'API Error: 401 {"error":{"message":"Authentication Fails, Your api key: ****_KEY is invalid","type":"authentication_error","param":null,"code":"invalid_request_error"}}',
    );
    expect(within(answer).getByText(/Claude Code does not send your DeepSeek key/)).toBeVisible();
    expect(answer).toHaveTextContent(/ANTHROPIC_AUTH_TOKEN/);
    expect(answer).not.toHaveTextContent(/client = OpenAI\(|your code does not hand/);
  });

  it('names Continue from its error report, and its config file as the fix', async () => {
    const answer = await diagnose(
      '**Error Details**\n\nModel: DeepSeek Chat\nProvider: deepseek\nStatus Code: 401\n\n**Error Output**\n```\n401 Authentication Fails, Your api key: ****null is invalid\n```',
    );
    expect(within(answer).getByText(/Continue has no key to send/)).toBeVisible();
    expect(answer).toHaveTextContent(/~\/\.continue\/config\.yaml/);
    expect(answer).not.toHaveTextContent(/in the process that runs your code/);
  });
});

describe('the Answer, when another host answered', () => {
  it('names the relay in a sentence that reads, and says once what it takes instead', async () => {
    const answer = await diagnose(
      '{"code":-2001,"message":"[请求deepseek失败]: Authorization Failed (invalid token)","data":null}',
    );
    expect(answer).toHaveTextContent(
      /an unofficial relay of DeepSeek’s web chat \(such as deepseek-free-api\) answered, not DeepSeek/,
    );
    expect(answer).toHaveTextContent(/login token \(userToken\)/);
    expect(answer).not.toHaveTextContent(/’s, not DeepSeek’s/);
  });
});

describe('the Answer, when OpenAI answered', () => {
  it('says the client had a key, not that DEEPSEEK_API_KEY is set: the SDK may have read OPENAI_API_KEY', async () => {
    const answer = await diagnose(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-2f3a1********************b9c1. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
    );
    expect(
      within(answer).getByText(/Most likely the key is not passed to the client/),
    ).toBeVisible();
    expect(answer).toHaveTextContent(
      /the client had a key, so this 401 is not about a missing one/,
    );
    expect(answer).not.toHaveTextContent(/the variable is set/);
  });
});

describe('the Answer’s fix, where nothing pasted shows the stack', () => {
  // n8n-15344, opencode-248: OpenAI's refusal, bare or in a tool's words, with no code.
  it.each([
    'Incorrect API key provided: sk-f188f***********************0983. You can find your API key at https://platform.openai.com/account/api-keys.',
    'AI_APICallError: Incorrect API key provided: sk-___********_____. You can find your API key at https://platform.openai.com/account/api-keys.',
  ])('gives no example in a language the reader may not use: %s', async (error) => {
    const answer = await diagnose(error);
    expect(
      within(answer).getByText(/Give whatever makes the call both your DeepSeek key/),
    ).toBeVisible();
    expect(answer).not.toHaveTextContent(/example for your stack|your code does not hand/);
    expect(within(answer).queryByRole('button', { name: 'Copy fixed code' })).toBeNull();
  });

  it('keeps the example where the SDK’s traceback shows the stack', async () => {
    const answer = await diagnose(
      "Traceback (most recent call last):\n  File \"app.py\", line 9, in <module>\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-f188f***********************0983. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
    );
    expect(within(answer).getByText(/example for your stack/)).toBeVisible();
    expect(within(answer).getByRole('button', { name: 'Copy fixed code' })).toBeVisible();
  });
});

describe('the Answer, for JavaScript that runs in the browser or on the AI SDK', () => {
  it('says the bundler leaves the key undefined in the browser, instead of a shell set-up', async () => {
    const answer = await diagnose(
      "Error: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' }).",
      "import OpenAI from 'openai';\nconst client = new OpenAI({\n  apiKey: import.meta.env.DEEPSEEK_API_KEY,\n  baseURL: 'https://api.deepseek.com',\n  dangerouslyAllowBrowser: true,\n});\n",
    );
    expect(
      within(answer).getAllByText(/in the browser, Vite leaves DEEPSEEK_API_KEY undefined/)[0],
    ).toBeVisible();
    expect(within(answer).getByText(/Make the call from your server/)).toBeVisible();
    expect(within(answer).queryByRole('button', { name: 'Copy set-up' })).toBeNull();
    expect(within(answer).queryByText(/in the terminal/)).toBeNull();
  });

  it('sets the variable the AI SDK’s client reads, where DeepSeek received “undefined”', async () => {
    const answer = await diagnose(
      'AI_APICallError: Authentication Fails, Your api key: ****ined is invalid\n    at file:///app/node_modules/@ai-sdk/provider-utils/dist/index.mjs:431:14',
      "import { createDeepSeek } from '@ai-sdk/deepseek';\nconst deepseek = createDeepSeek({ apiKey: `${process.env.DS_API_KEY}` });\n",
    );
    expect(within(answer).getByText(/Most likely the key is not set: DS_API_KEY/)).toBeVisible();
    expect(within(answer).getByText(/Set DS_API_KEY in the terminal/)).toBeVisible();
  });
});

describe('the reading of a library’s own “no key”', () => {
  it('names what the library looked for, not the openai SDK’s OPENAI_API_KEY', async () => {
    const answer = await diagnose(
      'agno.exceptions.ModelProviderError: DEEPSEEK_API_KEY not set. Please set the DEEPSEEK_API_KEY environment variable.',
    );
    expect(
      screen.getByText(
        'No key reached the program, so no request was sent: it found no value for DEEPSEEK_API_KEY.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/found neither an api_key argument nor OPENAI_API_KEY/)).toBeNull();
    expect(within(answer).getByText(/Most likely the key is not set/)).toBeVisible();
  });
});

describe('the Answer, in the terminal the paste shows', () => {
  it('gives a cmd.exe paste its set-up and check in cmd, whatever the browser runs on', async () => {
    const answer = await diagnose(
      'C:\\Users\\li\\proj>python app.py\nTraceback (most recent call last):\n  File "C:\\Users\\li\\proj\\app.py", line 4, in <module>\n    client = OpenAI(api_key=os.environ.get("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")\nopenai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable',
    );
    expect(within(answer).getByText(/Most likely the key is not set/)).toBeVisible();
    // The code blocks are highlighted, so their text is split over spans.
    expect(answer.textContent).toContain('setx DEEPSEEK_API_KEY "%DEEPSEEK_API_KEY%"');
    expect(answer.textContent).toContain('if defined DEEPSEEK_API_KEY');
    expect(answer.textContent).not.toContain('$env:DEEPSEEK_API_KEY');
  });
});

describe('the Answer, for setx and a program started in the same window', () => {
  it('says the variable setx saved is not set there, and checks that variable', async () => {
    const answer = await diagnose(
      'Invalid API key · Please run /login',
      'PS C:\\Users\\li> setx ANTHROPIC_AUTH_TOKEN "sk-3f9a1c7e5b2d4806a1f3c9e7b5d20e4a"\n\nSUCCESS: Specified value was saved.\nPS C:\\Users\\li> claude\n',
    );
    expect(
      within(answer).getByText(/Most likely the key is not set: ANTHROPIC_AUTH_TOKEN/),
    ).toBeVisible();
    expect(answer.textContent).toContain('if ($env:ANTHROPIC_AUTH_TOKEN)');
    expect(answer.textContent).not.toContain('$env:DEEPSEEK_API_KEY)');
  });
});

describe('the Answer, for a .env pasted with code that never loads it', () => {
  it('loads the .env in the change, and says so', async () => {
    const answer = await diagnose(
      'openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable',
      '# main.py\nimport os\nfrom openai import OpenAI\nclient = OpenAI(api_key=os.environ.get("DEEPSEEK_API_KEY"), base_url="https://api.deepseek.com")\n\n# .env\nDEEPSEEK_API_KEY=sk-3f9a1c7e5b2d4806a1f3c9e7b5d20e4a\n',
    );
    expect(within(answer).getByText(/^Load your .env file before the code reads/)).toBeVisible();
    expect(answer.textContent).toContain('load_dotenv()');
    expect(answer.textContent).not.toContain('sk-…0e4a');
  });
});

describe('what printed the error', () => {
  it('is the tool whose log was pasted, not openai-node for its Node stack', async () => {
    await diagnose(
      'NodeApiError: Authorization failed - please check your credentials\nAuthentication Fails (governor)\n    at ExecuteContext.httpRequestWithAuthentication (/usr/local/lib/node_modules/n8n/node_modules/n8n-core/dist/execution-engine/node-execution-context/utils/request-helper-functions.js:1017:19)',
    );
    const reading = screen.getByRole('region', { name: 'What the paste says' });
    expect(within(reading).getByText('Printed by').nextElementSibling).toHaveTextContent(/^n8n$/);
  });
});

describe('who answered, in the reading of the error', () => {
  // The reading is folded under the Answer: present, not necessarily open.
  async function readingOf(error: string) {
    await diagnose(error);
    return screen.getByRole('region', { name: 'What the paste says' });
  }

  it('names another host that answered, not DeepSeek, and reads no DeepSeek variant into it', async () => {
    const reading = await readingOf(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid Authentication', 'type': 'invalid_authentication_error'}}",
    );
    expect(
      within(reading).getByText(/^Moonshot \(Kimi\) answered 401, not DeepSeek/),
    ).toBeInTheDocument();
    expect(within(reading).queryByText(/DeepSeek answered 401/)).toBeNull();
    expect(within(reading).queryByText('401 variant')).toBeNull();
  });

  it('says a 401 in other words is not DeepSeek’s (a gateway’s own token check)', async () => {
    const reading = await readingOf(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Unauthorized: gateway token expired', 'type': 'auth_error'}}",
    );
    expect(within(reading).getByText(/^A 401, but not in DeepSeek’s words/)).toBeInTheDocument();
    expect(within(reading).queryByText(/DeepSeek answered 401/)).toBeNull();
  });

  it('names the LiteLLM proxy, whose own key check answered', async () => {
    const reading = await readingOf(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Error, Invalid proxy server token passed. Unable to find token in cache or `LiteLLM_VerificationTokenTable`', 'type': 'auth_error', 'param': 'None', 'code': '401'}}",
    );
    expect(
      within(reading).getByText(/^The LiteLLM proxy answered 401, not DeepSeek/),
    ).toBeInTheDocument();
  });

  it('keeps “DeepSeek answered” for DeepSeek’s own words', async () => {
    const reading = await readingOf(
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails (no such user)', 'type': 'authentication_error'}}",
    );
    expect(within(reading).getByText(/^DeepSeek answered 401/)).toBeInTheDocument();
  });
});

describe('the Answer, outside the four', () => {
  it('quotes DeepSeek’s refusal of a setting in its first sentence', async () => {
    const answer = await diagnose(
      'API error (400): {"error":{"message":"Invalid max_tokens value, the valid range of max_tokens is [1, 8192]","type":"invalid_request_error","param":null,"code":"invalid_request_error"}}',
    );
    expect(
      within(answer).getByText(/DeepSeek refused a setting of the request, not the key/),
    ).toHaveTextContent('“Invalid max_tokens value, the valid range of max_tokens is [1, 8192]”');
    expect(prepare).not.toHaveBeenCalled();
  });

  it('says a 404 is the URL, with no key test to run', async () => {
    const answer = await diagnose(
      'HTTP request failed: 404 Client Error: Not Found for url: https://api.deepseek.com/',
    );
    expect(within(answer).getByText(/has no API endpoint \(404\)/)).toBeVisible();
    expect(answer).not.toHaveTextContent('Test your key');
    // No key was judged: no list of four causes that "cannot tell yet".
    expect(answer).not.toHaveTextContent('The other causes');
  });

  it('names a server that is not DeepSeek once, and says why', async () => {
    const answer = await diagnose(
      'HTTP 401: [401]: {"type":"error","error":{"type":"ModelError","message":"Free promotion has ended for DeepSeek V4 Flash Free. You can continue using the model by subscribing to OpenCode Go - https://opencode.ai/go"}}',
    );
    const headline = within(answer).getByText(
      /^Not one of the four causes: another server answered/,
    );
    expect(headline).toHaveTextContent('a gateway, a proxy or another provider answered');
    expect(headline.textContent!.match(/a gateway, a proxy or another provider/g)).toHaveLength(1);
  });

  it('says once that a 402 got past the key', async () => {
    const answer = await diagnose(
      "openai.APIStatusError: Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}",
    );
    expect(answer.textContent!.match(/accepted (?:a|the) key/g)).toHaveLength(1);
  });
});

describe('the Answer, when the paste hides where the key comes from', () => {
  it('asks for the part that gives the key, not a check of a variable the code never reads (LnYo-Cly/ai4j#42)', async () => {
    const answer = await diagnose(
      'Authentication Fails (auth header format should be Bearer sk-...)',
      'IChatService chatService = aiService.getChatService(PlatformType.DEEPSEEK);\nChatCompletion chatCompletion = ChatCompletion.builder()\n        .model("deepseek-chat")\n        .build();',
    );
    expect(
      within(answer).getByRole('heading', { name: 'The check that confirms it' }),
    ).toBeVisible();
    expect(
      within(answer).getByText(/Nothing you pasted shows where the key comes from/),
    ).toBeVisible();
    expect(within(answer).queryByRole('button', { name: 'Copy check' })).toBeNull();
    expect(within(answer).queryByText(/DEEPSEEK_API_KEY/)).toBeNull();
  });
});

describe('the Answer, for a key not set where nothing shows the program', () => {
  it('says an app’s key goes in its settings, beside the terminal set-up', async () => {
    const answer = await diagnose('401 Authentication Fails, Your api key: ****null is invalid');
    expect(within(answer).getByText(/Most likely the key is not set/)).toBeVisible();
    expect(within(answer).getByText(/the key goes in its own settings instead/)).toBeVisible();
  });

  it('says nothing of apps where the paste is the user’s own Python', async () => {
    const answer = await diagnose(
      "Traceback (most recent call last):\n  File \"main.py\", line 6, in <module>\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****null is invalid'}}",
    );
    expect(within(answer).getByText(/Most likely the key is not set/)).toBeVisible();
    expect(within(answer).queryByText(/the key goes in its own settings instead/)).toBeNull();
  });
});
