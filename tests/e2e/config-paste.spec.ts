import { expect, test } from '@playwright/test';

/**
 * A user holding only their tool's config file: the page reads it in its own format, names the
 * cause, hands back the file repaired (comments kept, no key), and shows the tool's set-up.
 */

const KEY = 'sk-0123456789abcdef0123456789abcdef';
const LITELLM_CONFIG = `# LiteLLM proxy
model_list:
  - model_name: deepseek
    litellm_params:
      model: deepseek/deepseek-chat # chat model
      api_key: "${KEY}"
`;

test('a pasted LiteLLM config is repaired in YAML, loaded lazily, with no request out', async ({
  page,
}) => {
  const outside: string[] = [];
  const scripts: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') outside.push(request.url());
    if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
  });
  await page.goto('./');
  await page.getByRole('textbox', { name: 'Paste your code' }).fill(LITELLM_CONFIG);
  expect(scripts.some((path) => path.includes('read-config'))).toBe(false);
  await page.getByRole('button', { name: 'Diagnose' }).click();

  const result = page.getByRole('region', { name: 'What the paste says' });
  await expect(result).toContainText('Read as YAML, for LiteLLM Proxy.');
  // The full reading is folded under the Answer.
  await result.locator('summary').first().click();
  const fixed = result.getByRole('region', { name: 'Fixed code' });
  await expect(fixed).toContainText('api_key: "os.environ/DEEPSEEK_API_KEY"');
  await expect(fixed).toContainText('# LiteLLM proxy');
  await expect(fixed).toContainText('deepseek/deepseek-flash # chat model');
  await expect(fixed).not.toContainText(KEY);
  await expect(result.getByRole('button', { name: 'Copy fixed code' })).toBeVisible();
  expect(scripts.some((path) => path.includes('read-config'))).toBe(true);

  const tools = page.getByRole('region', { name: 'Where do you call DeepSeek?' });
  await expect(tools.getByRole('combobox', { name: 'Tool or library' })).toHaveValue(
    'litellm-proxy',
  );
  await tools.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/config-paste.png', fullPage: false });
  expect(outside).toEqual([]);
});
