/** English strings: the reference about the error, below the causes. Keys start with "ref.". */
export const reference = {
  'ref.heading': 'About this error',
  'ref.meaning': 'What the error means',
  'ref.meaning.text':
    'HTTP 401 "Authentication Fails" is DeepSeek saying that the request carried no key it accepts. DeepSeek\'s documentation uses the official openai SDK, so the error reaches you as openai.AuthenticationError (Python) or AuthenticationError (Node). No official "deepseek" package exists: a deepseek.AuthenticationError comes from a third-party wrapper.',
  'ref.seen': 'The error as you see it',
  'ref.seen.text':
    'The four characters after **** are the end of what DeepSeek received. If they are not the end of your key, your code sends something else.',
  'ref.quick': 'Quick fix',
  'ref.quick.1': 'Set DEEPSEEK_API_KEY in the environment that runs the code (cause 1).',
  'ref.quick.2':
    'Make sure the value is exactly the key: sk- and 32 hex characters, no spaces or quotes (cause 2).',
  'ref.quick.3': 'If DeepSeek still rejects it, create a new key on the platform (cause 3).',
  'ref.quick.4':
    'Build the client with api_key from DEEPSEEK_API_KEY and base_url https://api.deepseek.com (apiKey and baseURL in Node) (cause 4).',
  'ref.why': 'Why it happens',
  'ref.why.text':
    "DeepSeek's API speaks OpenAI's protocol, so most code uses the openai SDK, whose defaults point at OpenAI: it reads OPENAI_API_KEY and calls api.openai.com unless told otherwise. Add environment variables that differ between a terminal, an IDE, a notebook and a container, and keys that are shown only once, and the key that arrives is often not the one you think.",
  'ref.detect': 'How to detect it',
  'ref.detect.text':
    'Status 401 with type authentication_error. The message variant says more: "Your api key: ****abcd is invalid" (a key arrived and was rejected), "auth header format should be Bearer sk-..." (an empty key or one without sk-), "no such user" (the account is gone, or an outage). "Incorrect API key provided" with a link to platform.openai.com means the request went to OpenAI, not DeepSeek. Test the key at start-up with the free GET /models to find out before the first real call.',
  'ref.workaround': 'Workaround: ask for a new key at run time',
  'ref.workaround.text':
    'For scripts and notebooks, catch the authentication error and ask for a key for this run only, without storing it.',
  'ref.prevention': 'Prevention: a start-up check',
  'ref.prevention.text':
    'Check presence, format and a free GET /models when the program starts, so a bad key fails at once with a message that names the cause.',
  'ref.copyWorkaround': 'Copy the workaround',
  'ref.copyPrevention': 'Copy the start-up check',
  'ref.versions': 'Checked against',
  'ref.versions.text':
    'DeepSeek API at {base}, models {models} (default {model}), on {date}; openai {node} for Node.js and openai {python} for Python. Model ids change often: when you test your key, the snippets use the ids it returns.',
};
