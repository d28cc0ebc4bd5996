/** English strings: the page frame, the landing view and the reference. Keys start with "app.". Loaded first: keep it small. */
export const app = {
  'app.title': 'DeepSeek Key Doctor',
  // The tab's title and the search result's text; index.html carries the English ones.
  'app.documentTitle': 'DeepSeek Key Doctor — fix the 401 AuthenticationError',
  'app.description':
    "Fix DeepSeek's 401 AuthenticationError: test your API key in the browser, find which of the four causes applies, and copy corrected code.",
  'app.tagline':
    'Got "AuthenticationError: 401" from DeepSeek? Find which of the four causes it is, prove it with a live test of your key, and copy code that works.',
  'app.waysIn': 'Three ways in',
  'app.way.error': 'Start from an error',
  'app.way.error.text': 'Start from the traceback or log line you have. No key needed.',
  'app.way.key': 'Test a key',
  'app.way.key.text':
    'Free, read-only requests from this browser tell whether DeepSeek accepts it.',
  'app.way.walk': 'Walk the four causes',
  'app.way.walk.text': 'Check each cause in order with a command to copy, and fix it.',
  'app.privacy':
    'Your key stays in this page: it is never stored, logged or put in a URL, and it is sent only to api.deepseek.com.',
  'app.language': 'Language',
  'app.loading': 'Loading the key test and the causes…',
  'app.loadFailed':
    'This page could not load its tools: the connection may have dropped, or a new version was published.',
  'app.reload': 'Reload the page',
  'app.framed':
    'This page takes secret API keys, so it does not work inside another page. Open it on its own, where you can see its address.',
  'app.framed.open': 'Open DeepSeek Key Doctor in its own tab',
  'app.footer':
    'Facts and code checked on {date} against openai {node} (Node) and openai {python} (Python).',
};
