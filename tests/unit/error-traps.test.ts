import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/domain/diagnosis/diagnose.ts';
import { errorTrapsOf } from '../../src/domain/error/error-traps.ts';
import { parseErrorText } from '../../src/domain/error/parse-error-text.ts';

describe('a reporter’s words that rank a cause', () => {
  it('reads browser-use’s failed first call as its key check, not a connection (browser-use/browser-use#1450)', () => {
    const parsed = parseErrorText(
      'AssertionError: Failed to connect to LLM API or LLM API is not responding correctly',
    );
    expect(parsed.kind).not.toBe('network');
    expect(diagnose({ parsedError: parsed }).top).toBe('not-set');
  });

  it.each([
    // Karben233/bili-hardcore#47; tisfeng/Easydict#1098-like; the Odysseus report.
    ['deepseek api key过期时无法更新key，会一直使用旧的key', 'stale-key'],
    ['Odysseus continues to use the old key in all requests.', 'stale-key'],
    ['no matter what i do it keeps using the old api key', 'stale-key'],
    ['I had deleted that API key yesterday but my app still uses it', 'stale-key'],
    // Lakr233/FlowDown#101; zhangrenyang/deepseek#2; CherryHQ/cherry-studio#815; cursor-deepseek#11.
    ['验证模型能过，但是聊天界面请求好像代码里addkey用的有点问题', 'works-elsewhere'],
    ['添加API key后，验证失败，使用curl方式验证ok：', 'works-elsewhere'],
    ['deepseek可以测试链接成功，但实际使用中不可用提示401', 'works-elsewhere'],
    ['the API key verification test passes, but chat always fails', 'works-elsewhere'],
    ['The same key works fine with curl.', 'works-elsewhere'],
    // ChatGPTNextWeb/NextChat#6020, #6621.
    ['It is passing my access password as api key to deepseek!', 'sent-as-key'],
    ['according to the output, the WebUI access code is mistreated as API key.', 'sent-as-key'],
    ['它把访问密码当作 api key 发给了 deepseek', 'sent-as-key'],
    // DeepLifeStudio/DeepSeekAI#8; esengine/DeepSeek-Reasonix#4420.
    ['我前一天安装，第二天就不能用了，说是我的key没有了。我又得重新设置一下。', 'lost-key'],
    ['每更新一次都要重新配置deepseek的api，否则无法对话', 'lost-key'],
    ['After the last update the extension forgets my API key', 'lost-key'],
    ['Authorization: Bearer ,Bearer sk-xxx', 'double-header'],
    // 0xPlaygrounds/rig#274; HKUDS/nanobot#2849.
    ["After #199 DeepSeek api call doesn't bear the auth header.", 'no-auth-header'],
    [
      "the gateway sends the user's `OPENAI_API_KEY` (or `OPENROUTER_API_KEY`) to that endpoint",
      'other-variable-sent',
    ],
    ['the request is sent without an Authorization header', 'no-auth-header'],
    ['抓包发现请求没有携带 Authorization 头', 'no-auth-header'],
    ['在config.json中设置api-key,但是${DEEPSEEK_API_KEY}无法读取。', 'placeholder-not-read'],
    ['"apiKey": "${DEEPSEEK_API_KEY}" is sent literally', 'placeholder-not-read'],
    // yifanfeng97/Hyper-Extract#76.
    [
      '`create_llm("deepseek")` ignore `DEEPSEEK_API_KEY` when no explicit `api_key=` is passed.',
      'ignored-variable',
    ],
    ['The agent does not read OPENAI_API_KEY from .env', 'ignored-variable'],
    // mnfst/llm-gateway#1180.
    ['I revoked my DeepSeek API key on purpose to get a failure', 'revoked-key'],
    ['Turns out my API key was banned.', 'revoked-key'],
    ['后来发现 key 被封了', 'revoked-key'],
    // langgenius/dify-plugin-daemon#101; CherryHQ/cherry-studio#4373.
    [
      'When I tested deepseek chat, one of the responses looked correct and the other 401',
      'some-requests-pass',
    ],
    ['为同一个供应商添加多个api后，在对话中大概率出现“身份验证失败”', 'some-requests-pass'],
    ['It intermittently fails with 401 Unauthorized', 'some-requests-pass'],
    // Aider-AI/aider#1614.
    [
      "aider: error: Unexpected value for AIDER_DEEPSEEK: 'sk-95...the rest of deepseek API KEY'. Expecting 'true', 'false', 'yes', 'no', 'on', 'off', '1' or '0'",
      'flag-holds-key',
    ],
    // ChatGPTNextWeb/NextChat#6048, #6205.
    [
      'seeing the logs, nextweb still request the apis of openai instead of deepseek.',
      'reached-openai',
    ],
    ['the deepseek model is used in the page, it prompts an error from OpenAI.', 'reached-openai'],
    // PM2 keeps the environment of the first start.
    [
      '$ source ~/.bashrc\n$ pm2 restart api\n0|api  | Error: 401 Authentication Fails, Your api key: ****a1b2 is invalid',
      'pm2-env',
    ],
    // Keys deleted on the platform that the app still holds; one deleted to make a new one is
    // the old key kept.
    ['今天在 DeepSeek 平台把几个旧的 API key 删掉了，现在编辑模型点保存就报错', 'revoked-key'],
    ['我把旧的key删了，换了新的，还是报 401', 'stale-key'],
    // Round I: keys tidied away on the platform, in English.
    ['Yesterday I removed a few old keys I thought were unused.', 'revoked-key'],
    ['Our org admin did a cleanup of "unused" DeepSeek API keys on Friday.', 'revoked-key'],
    ['上周末在 DeepSeek 开放平台把几个“不用的”key 清理了', 'revoked-key'],
    ['同事说在 DeepSeek 平台上把“没用的测试 key”清理了一批', 'revoked-key'],
    // A program started from an IDE or the Dock lacks the shell's exports (Soju06/codex-lb#454).
    [
      '`mvn exec:java` from my terminal works. Clicking the green Run arrow in IntelliJ (macOS) gives this.',
      'gui-env',
    ],
    ['Works fine in the terminal, but the Mac app says the key is missing', 'gui-env'],
    ['在终端里运行正常，但是在 PyCharm 里运行就报 401', 'gui-env'],
    // Alishahryar1/free-claude-code#350; UfoMiao/zcf#254.
    [
      'Auth conflict: Both a token (ANTHROPIC_AUTH_TOKEN) and an API key (/login managed key) are set. This may lead  to unexpected behavior.\nPlease run /login · API Error: 401 {"detail":"Invalid API key"}',
      'auth-conflict',
    ],
    // Alishahryar1/free-claude-code#741: the later wording.
    [
      ' ⚠ Both ANTHROPIC_AUTH_TOKEN and /login managed key set · auth may not work as expected\n   · to use ANTHROPIC_AUTH_TOKEN: claude /logout',
      'auth-conflict',
    ],
    // farion1231/cc-switch#4117; anthropics/claude-code#1084.
    ['更换api后需要重新登录\n\n需要我登录账号，不能正常使用', 'login-asked'],
    ['Claude Code keeps asking me to log in even though I set the DeepSeek key', 'login-asked'],
    ['Then I was shown the "Select login method" screen', 'login-asked'],
    // langchain-ai/langchain#30053; repowise-dev/repowise#159.
    [
      'The parameter base_url in the init_chat_model API of DeepSeek does not work; instead, api_base is the one that works.',
      'option-ignored',
    ],
    ['配置的 base_url 不生效，请求还是发到了 openai', 'option-ignored'],
    ['a common 401 error where quoted API keys were used literally', 'quotes-sent'],
    // AuroraBot-Dev/AuroraBot#39.
    [
      'bot和napcell分别运行，当二者连接成功后，发现.env里DEEPSEEK_API_KEY的这个api会从原来有的状态变得消失',
      'env-key-gone',
    ],
    ['after the update the DEEPSEEK_API_KEY line disappeared from my .env', 'env-key-gone'],
    // browser-use/browser-use#1450: its first call's assertion, not a connection's failure.
    [
      'AssertionError: Failed to connect to LLM API or LLM API is not responding correctly',
      'llm-check-failed',
    ],
  ])('%s → %s', (text, trap) => {
    expect(errorTrapsOf(text)).toContain(trap);
  });

  it.each([
    '============ 5 tests passed in 0.31s ============\nopenai.AuthenticationError: Error code: 401',
    '[INFO] 配置检查通过\n[ERROR] Error code: 401 - Authentication Fails (no such user)',
    'Authentication Fails, Your api key: ****1a2b is invalid',
    'curl: (7) Failed to connect to api.deepseek.com port 443',
    'Authorization: Bearer sk-0123456789abcdef0123456789abcdef',
    'Please set the DEEPSEEK_API_KEY environment variable',
    'Did you revoke the key? I did not.',
    'I put the key in .env and it is read fine',
    'I removed the quotes around the key and it works',
    'Some requests to other providers work fine.',
    // Review, 2026-12-06: negations, questions, fields and a key deleted to make a new one.
    'I deleted the key and created a new one, still 401',
    '我的key没有被封',
    'key 应该没被删除吧',
    '密钥并未被禁用',
    'Is my key revoked?',
    'api key disabled: false',
    "Unexpected value for AIDER_AUTO_COMMITS: 'maybe'",
    'I switched from OpenAI to DeepSeek last week.',
    'The response from OpenAI is fine, only DeepSeek fails.',
    'We removed the API key from the repo',
    'I removed the key from the code and put it in .env',
    'We should clean up the config before release',
    'I do not use OPENAI_API_KEY',
    'Please ignore OPENAI_API_KEY warnings',
    '你有时可以试试重启',
    'randomly returns 500 but never 401',
    'pm2 restart api --update-env',
    '登录到web前端后，选择deepseek模型',
    'I logged in to the platform and created a key',
    'base_url works fine now',
    'I quoted the key in my message above',
    'I am using my api key from the dashboard',
    'The token is sent in the Authorization header',
    'Add the auth header like this: Authorization: Bearer sk-…',
    'apiKey: ${DEEPSEEK_API_KEY} works fine',
    'The api_key client option must be set either by passing api_key to the client',
    'it sends DEEPSEEK_API_KEY to api.deepseek.com',
    'I run it in the VS Code terminal and it fails there too',
  ])('finds nothing in %j', (text) => {
    expect(errorTrapsOf(text)).toEqual([]);
  });

  it('reads a key deleted on the platform as revoked, not as the old key kept', () => {
    const traps = errorTrapsOf('今天在 DeepSeek 平台把几个旧的 API key 删掉了');
    expect(traps).toContain('revoked-key');
    expect(traps).not.toContain('stale-key');
    expect(errorTrapsOf('我把旧的key删了，换了新的，还是报 401')).not.toContain('revoked-key');
  });

  it('reads a key revoked to make a new one as the old key kept, not as revoked', () => {
    const traps = errorTrapsOf('I revoked my old key and made a new one, but it still fails');
    expect(traps).not.toContain('revoked-key');
    expect(traps).toContain('stale-key');
  });
});

describe('a tool’s own state, read from its words', () => {
  it.each([
    '需要我登录账号，不能正常使用',
    ' ⚠ Both ANTHROPIC_AUTH_TOKEN and /login managed key set · auth may not work as expected',
  ])('ranks the key not passed first for %j, and says no key was refused', (text) => {
    const diagnosis = diagnose({ parsedError: parseErrorText(text), code: null });
    expect(diagnosis.top).toBe('not-passed');
    expect(diagnosis.likely).toBeNull();
    const reasons = diagnosis.causes.flatMap((c) => c.reasons.map((r) => r.code));
    expect(reasons).not.toContain('said-key-refused');
  });
});
