import { en } from '../i18n/en.ts';
import { translate, type MessageKey, type Translate } from '../i18n/t.ts';
import {
  CURRENT_MODELS,
  IMAGES_MODEL,
  OTHER_PROVIDERS,
  type OtherProvider,
} from '../domain/deepseek-facts.ts';
import { OTHER_HOSTS } from '../domain/error/other-hosts.ts';
import type {
  AnsweringHost,
  Diagnosis,
  DiagnosisReason,
  Evidence,
} from '../domain/diagnosis/diagnose.ts';
import { keyShape } from '../domain/key/key-lint.ts';
import type { KeyTestOutcome } from '../domain/key-test/key-test-outcome.ts';
import type { CodeFinding, PastedCodeLanguage } from '../domain/code/findings.ts';
import { redactedShape } from '../domain/code/secrets.ts';
import type { KeyCheck, ParsedError } from '../domain/error/parse-error-text.ts';

export interface DiagnosisReportInput {
  evidence: Evidence;
  diagnosis: Diagnosis;
  /** The app's version, shown in the report. */
  appVersion: string;
  /** When the report was made, as the caller wants it printed (e.g. today's ISO date). */
  date: string;
  /** When the facts about DeepSeek the advice rests on were last checked. */
  factsDate?: string;
  /**
   * Strings that must never appear, such as the raw pasted key (the lint only holds the cleaned
   * one). Redacted wherever they occur, as are key-shaped strings.
   */
  secrets?: readonly string[];
  /** The locale's `t()`; English by default. */
  t?: Translate;
}

const englishT: Translate = (key, vars) => translate(en, key, vars);

/** Longest message quoted from a pasted error. */
const MAX_QUOTED = 600;

/**
 * A Markdown diagnosis to paste into a support ticket or an issue: outcome, status, DeepSeek's
 * message, lint and code findings, the key's shape. Never the key: the pasted key, keys written
 * in pasted code and key-shaped strings in pasted errors are all reduced to prefix and last four.
 */
export function diagnosisReport(input: DiagnosisReportInput): string {
  const t = input.t ?? englishT;
  const { evidence, diagnosis } = input;
  const secrets = [evidence.keyLint?.cleaned ?? '', ...(input.secrets ?? [])];
  // Quoted text is redacted before it is cut, so no part of a key survives the cut.
  const quote = (text: string) => quoted(redact(text, secrets));
  const lines: string[] = [];
  const item = (key: MessageKey, value: string) => lines.push(`- ${t(key)}: ${value}`);

  lines.push(`# ${t('diagnosis.report.title')}`, '');
  item('diagnosis.report.date', input.date);
  if (input.factsDate) item('diagnosis.report.factsDate', input.factsDate);
  item('diagnosis.report.app', `DeepSeek Key Doctor ${input.appVersion}`);
  item(
    'diagnosis.report.likely',
    diagnosis.likely ? t(`wizard.cause.${diagnosis.likely}.title`) : t('diagnosis.report.noLikely'),
  );
  if (diagnosis.notAuth) item('diagnosis.report.notAuth', notAuthText(t, diagnosis));
  item(
    'diagnosis.report.keyWorks',
    t(diagnosis.keyWorks ? 'diagnosis.report.yes' : 'diagnosis.report.no'),
  );

  lines.push('', `## ${t('diagnosis.report.causes')}`, '');
  diagnosis.causes.forEach((view, index) => {
    lines.push(
      `${index + 1}. **${t(`wizard.cause.${view.cause}.title`)}**: ${t(`diagnosis.standing.${view.standing}`)}`,
    );
    for (const reason of view.reasons) lines.push(`   - ${reasonText(t, reason)}`);
  });
  if (diagnosis.notes.length > 0) {
    lines.push('', `## ${t('diagnosis.report.notes')}`, '');
    for (const note of diagnosis.notes) lines.push(`- ${reasonText(t, note)}`);
  }

  if (evidence.keyTest) {
    lines.push('', `## ${t('diagnosis.report.test')}`, '');
    testLines(evidence.keyTest, t, item, quote);
  }
  if (evidence.parsedError) {
    lines.push('', `## ${t('diagnosis.report.error')}`, '');
    errorLines(evidence.parsedError, t, item, quote);
  }
  if (evidence.keyLint) {
    const lint = evidence.keyLint;
    const shape = keyShape(lint.cleaned);
    lines.push('', `## ${t('diagnosis.report.key')}`, '');
    item(
      'diagnosis.report.shape',
      shape.prefix
        ? t('keyLint.shape', {
            length: shape.length,
            prefix: shape.prefix,
            lastFour: shape.lastFour,
          })
        : t('diagnosis.report.shortKey', { length: shape.length }),
    );
    if (lint.otherProvider) item('diagnosis.report.provider', providerName(t, lint.otherProvider));
    if (lint.findings.length === 0) item('diagnosis.report.lint', t('diagnosis.report.none'));
    for (const finding of lint.findings) {
      const text = t(`keyLint.${finding.kind}`, {
        position: finding.index + 1,
        length: finding.length,
        detail:
          finding.kind === 'other-provider'
            ? providerName(t, finding.detail ?? '')
            : (finding.detail ?? ''),
      });
      lines.push(`- \`${finding.kind}\`: ${oneLine(text)}`);
    }
  }
  if (evidence.code) {
    const code = evidence.code;
    lines.push('', `## ${t('diagnosis.report.code')}`, '');
    item('diagnosis.report.language', code.language);
    if (code.findings.length === 0) item('diagnosis.report.findings', t('diagnosis.report.none'));
    for (const finding of code.findings)
      lines.push(`- ${codeFindingText(t, finding, code.language)}`);
  }
  lines.push('', `_${t('diagnosis.report.footer')}_`, '');
  return redact(lines.join('\n'), secrets);
}

/** A reason as a sentence in the current locale. */
export function reasonText(t: Translate, reason: DiagnosisReason): string {
  const { provider, host } = reason.vars ?? {};
  const vars = {
    ...reason.vars,
    ...(provider && { provider: providerName(t, provider) }),
    ...(host && { host: hostName(t, host) }),
  };
  return t(`diagnosis.reason.${reason.code}`, vars);
}

/**
 * The host that answered instead of DeepSeek, named in the page's language: for an endpoint the
 * error names, that endpoint's host where it is known.
 */
export function hostName(t: Translate, id: string, endpointHost?: string | null): string {
  if (id === 'named-endpoint' && endpointHost) return endpointHost;
  return id === 'other-words' || OTHER_HOSTS.some((host) => host.id === id)
    ? t(`diagnosis.host.${id as AnsweringHost}`)
    : id;
}

/** Hosts whose name needs a sentence on what they take instead of a DeepSeek key. */
const HOST_NOTES = [
  'proxy-gate',
  'api-relay',
  'litellm-proxy',
  'deepseek-web',
  'freebuff',
  'other-words',
] as const;
const hasNote = (host: string): host is (typeof HOST_NOTES)[number] =>
  (HOST_NOTES as readonly string[]).includes(host);

/** The "not one of the four" sentence, with the host it names. */
export function notAuthText(t: Translate, diagnosis: Diagnosis): string {
  const kind = diagnosis.notAuth;
  if (!kind) return '';
  const host = diagnosis.otherHost;
  if (diagnosis.otherHostKey && host)
    return t('diagnosis.notAuth.other-key', { host: hostName(t, host) });
  // DeepSeek's own words name the setting to change, and what stopped the code is the fix: both
  // go in the sentence itself.
  const refused =
    kind === 'bad-request'
      ? diagnosis.notes.find((note) => note.code === 'error-bad-request')?.vars?.message
      : undefined;
  const local = diagnosis.notes.find((note) => note.code.startsWith('error-local-'));
  // Another host's limit or failure is its own: the sentence names it.
  const hostLimit =
    (kind === 'rate-limited' || kind === 'insufficient-balance' || kind === 'server') && host;
  const relay =
    kind === 'server' && diagnosis.notes.some((note) => note.code === 'error-relay-server');
  const plain = diagnosis.notes.some((note) => note.code === 'error-plain-exception');
  const key: MessageKey = refused
    ? host
      ? 'diagnosis.notAuth.bad-request.relayed'
      : 'diagnosis.notAuth.bad-request.message'
    : relay
      ? 'diagnosis.notAuth.server.relay'
      : plain
        ? 'diagnosis.notAuth.plain-exception'
        : hostLimit
          ? `diagnosis.notAuth.${kind}.host`
          : `diagnosis.notAuth.${kind}`;
  return t(key, {
    host: host ? hostName(t, host, diagnosis.endpointHost) : '',
    note: host && hasNote(host) ? t(`diagnosis.hostNote.${host}`) : '',
    fix: local ? reasonText(t, local) : '',
    message: refused ?? '',
    models: CURRENT_MODELS.join(', '),
    imagesModel: IMAGES_MODEL,
  });
}

/** Another provider's name in the page's language, from the id the key lint gives. */
function providerName(t: Translate, id: string): string {
  return (OTHER_PROVIDERS as readonly string[]).includes(id)
    ? t(`keyLint.provider.${id as OtherProvider}`)
    : id;
}

/**
 * A code finding as a sentence with its line. A key in another provider's shape is named as that
 * provider's key: it is rotated there, and DeepSeek needs a key of its own.
 */
export function codeFindingText(
  t: Translate,
  finding: CodeFinding,
  /** The code's language: option names are spelled its way (`baseURL` in Node). */
  language: PastedCodeLanguage = 'python',
): string {
  const { provider, shape = '…' } = finding.vars;
  const option = language === 'node' ? 'baseURL' : 'base_url';
  const text =
    finding.code === 'hard-coded-key' && provider
      ? t('paste.code.otherProviderKey', { shape, provider: providerName(t, provider) })
      : finding.code === 'hard-coded-key' && finding.vars.browser
        ? t('paste.code.browserKey', { shape })
        : finding.code === 'env-line-key' && provider
          ? t('paste.code.envLineOtherProviderKey', {
              shape,
              name: finding.vars.name ?? '',
              provider: providerName(t, provider),
            })
          : t(`paste.code.finding.${finding.code}`, { option, ...finding.vars });
  return t('paste.code.atLine', { line: finding.line, text });
}

type Item = (key: MessageKey, value: string) => void;

function testLines(
  outcome: KeyTestOutcome,
  t: Translate,
  item: Item,
  quote: (text: string) => string,
) {
  item('diagnosis.report.outcome', outcome.kind);
  if ('status' in outcome) item('diagnosis.report.status', String(outcome.status));
  if ('message' in outcome && outcome.message)
    item('diagnosis.report.message', quote(outcome.message));
  if (outcome.kind === 'unauthorized') {
    item('diagnosis.report.variant', outcome.variant);
    if (outcome.echoedTail !== null) item('diagnosis.report.tail', quote(outcome.echoedTail));
    if (outcome.requestId) item('diagnosis.report.requestId', outcome.requestId);
  }
  if (outcome.kind === 'valid') item('diagnosis.report.models', outcome.models.join(', ') || '-');
  if ('latencyMs' in outcome) {
    item('diagnosis.report.latency', `${Math.round(outcome.latencyMs)} ms`);
    item(
      'diagnosis.report.relay',
      t(outcome.viaRelay ? 'diagnosis.report.yes' : 'diagnosis.report.no'),
    );
  }
}

function errorLines(error: ParsedError, t: Translate, item: Item, quote: (text: string) => string) {
  item('diagnosis.report.recognised', t(`paste.error.kind.${error.kind}`));
  if (error.status !== null) item('diagnosis.report.status', String(error.status));
  item('diagnosis.report.sdk', t(`paste.error.sdk.${error.sdk}`));
  if (error.errorName) item('diagnosis.report.exception', quote(error.errorName));
  if (error.message) item('diagnosis.report.message', quote(error.message));
  if (error.kind === 'unauthorized') item('diagnosis.report.variant', error.variant);
  if (error.echoedTail !== null) item('diagnosis.report.tail', quote(error.echoedTail));
  if (error.requestId) item('diagnosis.report.requestId', error.requestId);
  if (error.kind === 'key-accepted' && error.models.length > 0) {
    item('diagnosis.report.models', error.models.join(', '));
  }
  for (const check of error.checks) {
    item('diagnosis.report.check', keyCheckTexts(t, check).join(' '));
  }
  for (const sign of error.signs) item('diagnosis.report.sign', t(`paste.error.sign.${sign}`));
}

/**
 * What a pasted check output says, as sentences: the reading, then what is wrong with the value
 * (or that it fits a DeepSeek key).
 */
export function keyCheckTexts(t: Translate, check: KeyCheck): string[] {
  switch (check.kind) {
    case 'not-set':
      return [t('paste.check.not-set')];
    case 'shape-ok':
      return [t('paste.check.shape-ok')];
    case 'bad-shape':
      return [t('paste.check.bad-shape', { length: check.length })];
    case 'set': {
      const { length, tail } = check;
      const reading =
        length !== null && tail !== null
          ? t('paste.check.set', { length, tail })
          : length !== null
            ? t('paste.check.setLength', { length })
            : t('paste.check.setTail', { tail: tail ?? '' });
      if (check.problem) return [reading, t(`paste.check.problem.${check.problem}`)];
      return length !== null && tail !== null ? [reading, t('paste.check.fits')] : [reading];
    }
    case 'client': {
      const texts: string[] = [];
      if (check.baseUrl === 'None') texts.push(t('paste.check.clientNoBaseUrl'));
      else if (check.baseUrl !== null)
        texts.push(t('paste.check.clientUrl', { url: check.baseUrl }));
      texts.push(
        check.hasKey
          ? t('paste.check.clientTail', { tail: check.tail })
          : t('paste.check.clientNoKey'),
      );
      return texts;
    }
  }
}

function quoted(text: string): string {
  const flat = oneLine(text);
  const cut = flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED)}…` : flat;
  return `\`${cut.replace(/`/g, "'")}\``;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// --- Redaction -----------------------------------------------------------------------------

const KEY_LIKE: readonly RegExp[] = [
  // Provider-prefixed keys: sk-…, sk-proj-…, sk-ant-…, gsk_…, xai-…, AIza…
  /\b(?:sk|gsk|xai|pk|rk)[-_][A-Za-z0-9_-]{12,}/g,
  /\bAIza[0-9A-Za-z_-]{20,}/g,
  // Anything after Bearer, to the end of the header value.
  /(?<=\bBearer\s+)[^\s'"\\,}]{4,}/gi,
  // A value OpenAI echoes unmasked.
  /(?<=Incorrect API key provided:\s*)[^\s*'"]{5,}?(?=\.?(?:['"\s]|$))/gi,
  // `api_key=…`, `DEEPSEEK_API_KEY: …`, `"apiKey": "…"`
  /(?<=\b(?:\w*API_KEY|api_?key|apiKey|token|secret)['"]?\s*[:=]\s*['"]?)(?![*\s]|os\.|process\.)[^\s'"`,;)}]{8,}/gi,
  // Long opaque runs: a key without its prefix, a hex secret.
  /\b[A-Za-z0-9]{32,}\b/g,
];

/** Replaces every secret and key-shaped string with its prefix and last four: `sk-…abcd`. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of [...new Set(secrets)].filter((s) => s.trim().length >= 4)) {
    out = out.split(secret).join(redactedShape(secret));
    const trimmed = secret.trim();
    if (trimmed !== secret && trimmed.length >= 4)
      out = out.split(trimmed).join(redactedShape(trimmed));
  }
  for (const pattern of KEY_LIKE) out = out.replace(pattern, (found) => redactedShape(found));
  return out;
}
