/** A very small highlighter: enough colour to read a snippet, a few hundred bytes shipped. */
export type TokenKind = 'comment' | 'string' | 'keyword' | 'number' | 'plain';
export interface Token {
  kind: TokenKind;
  text: string;
}
export type HighlightLanguage = 'python' | 'node' | 'shell' | 'powershell' | 'cmd' | 'text';

const STRING = String.raw`f?"(?:\\.|[^"\\])*"?|'(?:\\.|[^'\\])*'?|\x60(?:\\.|[^\x60\\])*\x60?`;
const NUMBER = String.raw`\b\d+(?:\.\d+)?\b`;

const RULES: Record<Exclude<HighlightLanguage, 'text'>, { comment: string; keywords: string }> = {
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
    keywords: 'export|echo|read|set|if|then|else|fi|end|test|string|curl|unset',
  },
  powershell: {
    comment: '(?<=^|\\s)#.*',
    keywords: 'if|else|try|catch|Read-Host|Invoke-WebRequest|Invoke-RestMethod|Write-Output',
  },
  cmd: { comment: '(?<=^|\\s)(?:rem|REM)\\b.*|^::.*', keywords: 'if|else|defined|echo|set|setx' },
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
    if (language === 'text') return line ? [{ kind: 'plain', text: line }] : [];
    const pattern = PATTERNS[language];
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
