/** A very small highlighter: enough colour to read a snippet, a few hundred bytes shipped. */
export type TokenKind = 'comment' | 'string' | 'keyword' | 'number' | 'plain';
export interface Token {
  kind: TokenKind;
  text: string;
}
/** The grammars the highlighter knows. */
export type Grammar =
  | 'python'
  | 'node'
  | 'shell'
  | 'powershell'
  | 'cmd'
  | 'yaml'
  | 'json'
  | 'text'
  | 'java'
  | 'go'
  | 'csharp'
  | 'php'
  | 'rust';
/**
 * A grammar, or a code language coloured as one (curl as shell, LangChain and LiteLLM as
 * Python), so that a snippet's language can be passed straight through.
 */
export type HighlightLanguage =
  Grammar | 'curl' | 'langchain' | 'litellm' | 'toml' | 'dotenv' | 'properties';

const ALIASES: Readonly<Record<HighlightLanguage, Grammar>> = {
  python: 'python',
  node: 'node',
  shell: 'shell',
  powershell: 'powershell',
  cmd: 'cmd',
  yaml: 'yaml',
  json: 'json',
  text: 'text',
  curl: 'shell',
  langchain: 'python',
  litellm: 'python',
  java: 'java',
  go: 'go',
  csharp: 'csharp',
  php: 'php',
  rust: 'rust',
  // Config formats: `#` comments and quoted strings are what matters.
  toml: 'yaml',
  dotenv: 'shell',
  properties: 'yaml',
};

const STRING = String.raw`f?"(?:\\.|[^"\\])*"?|'(?:\\.|[^'\\])*'?|\x60(?:\\.|[^\x60\\])*\x60?`;
const NUMBER = String.raw`\b\d+(?:\.\d+)?\b`;

const RULES: Record<Exclude<Grammar, 'text'>, { comment: string; keywords: string }> = {
  python: {
    comment: '#.*',
    keywords:
      'import|from|as|def|return|if|elif|else|not|and|or|in|is|try|except|finally|raise|with|None|True|False|print|class|for|while|async|await',
  },
  node: {
    comment: '//.*',
    keywords:
      'import|from|export|const|let|var|new|await|async|function|return|if|else|throw|try|catch|finally|instanceof|typeof|undefined|null|true|false|class|for|of',
  },
  shell: {
    comment: '(?<=^|\\s)#.*',
    keywords:
      'export|echo|printf|read|local|return|set|if|then|else|fi|end|test|string|curl|unset|docker|node|python|source',
  },
  powershell: {
    comment: '(?<=^|\\s)#.*',
    keywords:
      'if|else|try|catch|throw|function|Read-Host|Invoke-WebRequest|Invoke-RestMethod|Write-Output|Write-Warning|ConvertTo-Json',
  },
  yaml: { comment: '(?<=^|\\s)#.*', keywords: 'true|false|null' },
  json: { comment: '(?<=^|\\s)//.*', keywords: 'true|false|null' },
  cmd: { comment: '(?<=^|\\s)(?:rem|REM)\\b.*|^::.*', keywords: 'if|else|defined|echo|set|setx' },
  java: {
    comment: '//.*|/\\*.*',
    keywords:
      'import|public|static|final|class|void|new|return|if|else|throws|throw|try|catch|null|true|false|String|int',
  },
  go: {
    comment: '//.*',
    keywords:
      'package|import|func|var|const|type|struct|return|if|else|for|range|defer|nil|true|false|string|int|any|map',
  },
  csharp: {
    comment: '//.*',
    keywords:
      'using|public|static|class|async|await|var|new|return|if|else|for|null|true|false|string|int|Task|throw',
  },
  php: {
    comment: '//.*|#.*|/\\*.*',
    keywords: 'function|return|if|else|echo|exit|new|throw|true|false|null|array|string|int',
  },
  rust: {
    comment: '//.*',
    keywords:
      'use|fn|let|mut|match|if|else|return|for|in|impl|struct|pub|Ok|Err|Some|None|true|false',
  },
};

const PATTERNS = Object.fromEntries(
  Object.entries(RULES).map(([language, rule]) => [
    language,
    new RegExp(`(${rule.comment})|(${STRING})|\\b(${rule.keywords})\\b|(${NUMBER})`, 'g'),
  ]),
) as Record<keyof typeof RULES, RegExp>;

const KINDS: readonly TokenKind[] = ['comment', 'string', 'keyword', 'number'];

/** Splits code into lines of tokens. Strings and comments do not span lines. */
export function highlight(code: string, language: HighlightLanguage): Token[][] {
  return code.split('\n').map((line) => {
    const grammar = ALIASES[language];
    if (grammar === 'text') return line ? [{ kind: 'plain', text: line }] : [];
    const pattern = PATTERNS[grammar];
    const tokens: Token[] = [];
    let last = 0;
    for (const match of line.matchAll(pattern)) {
      const at = match.index;
      if (at > last) tokens.push({ kind: 'plain', text: line.slice(last, at) });
      const group = match.slice(1).findIndex((part) => part !== undefined);
      tokens.push({ kind: KINDS[group] ?? 'plain', text: match[0] });
      last = at + match[0].length;
    }
    if (last < line.length) tokens.push({ kind: 'plain', text: line.slice(last) });
    return tokens;
  });
}
