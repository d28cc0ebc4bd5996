/**
 * English strings: key lint findings. Keys start with "keyLint.". One message per KeyFindingKind
 * (`keyLint.<kind>`), filled with {position} (1-based), {detail} and {length};
 * 'keyLint.shape' takes {length}, {prefix}, {lastFour}; 'keyLint.otherProviderNote' takes {provider}.
 * 'keyLint.provider.<id>' names each provider of OTHER_PROVIDERS (src/domain/deepseek-facts.ts):
 * views fill {provider}, and {detail} of 'keyLint.other-provider', with it.
 */
export const keyLint = {
  'keyLint.heading': 'Key check',
  'keyLint.clean': 'Use the cleaned key',
  'keyLint.ok': "The key has DeepSeek's shape: sk- and 32 lowercase hex characters.",
  'keyLint.shape': 'Length {length}, starts with {prefix}, ends with {lastFour}.',
  'keyLint.shape.short': 'Length {length}: far too short for a key.',
  'keyLint.shape.asPasted':
    'As pasted: length {length}, starts with {prefix}, ends with {lastFour} (quotes and spaces included; ⏎ is a line break, ␣ a space).',
  'keyLint.testAnyway': 'Test with DeepSeek anyway',
  'keyLint.otherProviderNote':
    'Only the shape says {provider}: a shape suggests where a key comes from but never proves it. Qwen keys, for one, look exactly like DeepSeek keys.',

  'keyLint.provider.openai': 'OpenAI',
  'keyLint.provider.anthropic': 'Anthropic',
  'keyLint.provider.openrouter': 'OpenRouter',
  'keyLint.provider.groq': 'Groq',
  'keyLint.provider.google-gemini': 'Google (Gemini)',
  'keyLint.provider.moonshot-siliconflow': 'Moonshot or SiliconFlow',
  'keyLint.provider.xai': 'xAI',

  'keyLint.empty':
    'The key is empty. Copy it from platform.deepseek.com (API keys), or create a new one there.',
  'keyLint.leading-whitespace':
    'A space or tab at the start (position {position}). Copying from a terminal or a .env line often adds it; the cleaned key drops it.',
  'keyLint.trailing-whitespace':
    'A space or tab at the end (position {position}). Copying from a terminal or a .env line often adds it; the cleaned key drops it.',
  'keyLint.inner-whitespace':
    'A space or tab inside the key (position {position}). A key has no spaces, so the line was probably wrapped or split; the cleaned key joins it.',
  'keyLint.newline':
    'A line break at position {position}. Files and echo often add one, and the request then fails; the cleaned key drops it.',
  'keyLint.invisible-character':
    'An invisible character, {detail}, at position {position}. Chat apps, web pages and documents add these; the cleaned key drops it.',
  'keyLint.curly-quote':
    'A curly quote, {detail}, at position {position}. A word processor or chat app made it from a straight quote; the cleaned key drops it.',
  'keyLint.wrapping-quotes':
    'The key is in quotes ({detail}), from position {position}. The quotes belong to your code or .env file, not to the key; the cleaned key drops them.',
  'keyLint.wrapping-brackets':
    'The key is in angle brackets (<…>), from position {position}. They come from a document or template, not from the key; the cleaned key drops them.',
  'keyLint.trailing-comment':
    'A comment follows the key, from position {position}. It belongs to your .env file or code, not to the key; the cleaned key drops it.',
  'keyLint.trailing-punctuation':
    'The key ends with "{detail}" (position {position}), copied from a sentence. A key ends with a letter or digit; the cleaned key drops it.',
  'keyLint.bearer-prefix':
    'The key starts with "{detail}". The SDK adds "Bearer" itself, so paste only the key; the cleaned key drops it.',
  'keyLint.assignment-prefix':
    'The key starts with "{detail}", a line from a shell or .env file. Only the value after it is the key; the cleaned key keeps just that.',
  'keyLint.placeholder':
    'This is not a real key: it contains {detail}, which marks a placeholder or a masked key. DeepSeek shows a key in full only once, when it is created; if you no longer have it, create a new one.',
  'keyLint.variable-name':
    'This is a variable name ({detail}), not its value. Paste the value itself, and check that your code reads this variable and that it is set.',
  'keyLint.wrong-prefix':
    'A DeepSeek key starts with sk-, but this one starts with "{detail}". Check that you copied the whole key, from its first character.',
  'keyLint.wrong-length':
    'The key has {detail} characters; a DeepSeek key has exactly 35. Part of it is missing or something extra came along: copy it again in one piece.',
  'keyLint.non-hex':
    '"{detail}" at position {position} cannot be in a DeepSeek key: after sk- come only 0-9 and a-f. Copy the key again rather than fixing it by hand.',
  'keyLint.uppercase-hex':
    'Capital letters, the first at position {position}. DeepSeek keys use lowercase a-f; copy the key again from where you saved it.',
  'keyLint.other-provider':
    'This looks like a key from {detail}, not a DeepSeek key. DeepSeek accepts only its own keys: create one at platform.deepseek.com.',
  'keyLint.not-ascii':
    'A character that is not plain ASCII: {detail} at position {position}. Lookalike letters come from documents, chat apps and input methods; the cleaned key replaces known lookalikes and drops the rest.',
};
