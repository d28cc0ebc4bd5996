import type { ReactNode } from 'react';
import { hostName, keyCheckTexts } from './diagnosis-report.ts';
import { answeredByDeepSeek, inOtherWords } from '../domain/diagnosis/diagnose.ts';
import {
  inDeepSeekRefusalWords,
  openAiLookedUp,
  type ParsedError,
} from '../domain/error/parse-error-text.ts';
import { toolRow, type ToolId } from '../domain/stacks/tools.ts';
import { useT } from '../i18n/locale.tsx';
import type { Translate } from '../i18n/t.ts';

/**
 * What was read from a pasted error: the main finding, then every field that was found. A tool
 * whose wrapper or log was recognised is what printed an error no SDK's signs claim.
 */
export function ErrorReading({ parsed, tool }: { parsed: ParsedError; tool: ToolId | null }) {
  const t = useT();
  const facts: [string, ReactNode][] = [];
  if (parsed.status !== null) facts.push([t('paste.error.status'), String(parsed.status)]);
  if (parsed.message) facts.push([t('paste.error.message'), <q>{parsed.message}</q>]);
  // DeepSeek's 401 variants: not read into another server's words.
  if (parsed.kind === 'unauthorized' && !parsed.otherHost && !inOtherWords(parsed)) {
    // "Your api key:  is invalid", nothing between: the key that arrived was empty.
    const empty = parsed.variant === 'invalid-key' && parsed.echoedTail === '';
    facts.push([
      t('paste.error.variant'),
      t(empty ? 'paste.error.variant.invalid-key.empty' : `paste.error.variant.${parsed.variant}`),
    ]);
  }
  if (parsed.echoedTail) {
    facts.push([t('paste.error.tail'), <code className="ps-tail">{parsed.echoedTail}</code>]);
  }
  // A check's output comes from a shell the page cannot tell; "not known" would only be noise.
  if (parsed.sdk === 'unknown' && tool) {
    facts.push([t('paste.error.sdk'), toolRow(tool).name]);
  } else if (parsed.kind !== 'key-check' || parsed.sdk !== 'unknown') {
    facts.push([t('paste.error.sdk'), t(`paste.error.sdk.${parsed.sdk}`)]);
  }
  if (parsed.errorName) facts.push([t('paste.error.exception'), <code>{parsed.errorName}</code>]);
  if (parsed.requestId) facts.push([t('paste.error.requestId'), <code>{parsed.requestId}</code>]);
  if (parsed.kind === 'key-accepted' && parsed.models.length > 0) {
    facts.push([t('paste.error.models'), parsed.models.join(', ')]);
  }

  return (
    <div className="ps-error-reading">
      <p className={parsed.recognised ? 'ps-finding-main' : 'ps-finding-main ps-unrecognised'}>
        {mainFinding(t, parsed)}
      </p>
      {parsed.kind === 'network' && <p>{t(`paste.error.network.${parsed.network}`)}</p>}
      <dl className="ps-facts">
        {facts.map(([term, value]) => (
          <div key={term} className="ps-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {parsed.checks.length > 0 && (
        <>
          <h4>{t('paste.error.checks')}</h4>
          <ul className="ps-checks">
            {parsed.checks.map((check, index) => (
              <li key={index}>{keyCheckTexts(t, check).join(' ')}</li>
            ))}
          </ul>
        </>
      )}
      {parsed.signs.length > 0 && (
        <>
          <h4>{t('paste.error.signs')}</h4>
          <ul className="ps-signs">
            {parsed.signs.map((sign) => (
              <li key={sign}>{t(`paste.error.sign.${sign}`)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** What the error says, in one sentence: who answered, and what it means. */
function mainFinding(t: Translate, parsed: ParsedError): string {
  if (parsed.kind === 'unrecognised' && parsed.saysItFails && parsed.traps.length === 0) {
    return t('paste.error.wordsOnly');
  }
  // Words of another host the page knows, with nothing else it reads: say whose they are.
  if (!parsed.recognised && parsed.otherHost) {
    const sentence = t('paste.error.otherHostWords', {
      host: hostName(t, parsed.otherHost, parsed.endpointHost),
    });
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }
  if (!parsed.recognised) return t('paste.error.notRecognised');
  if (parsed.kind === 'no-key' && !openAiLookedUp(parsed)) {
    return parsed.missingVariable
      ? t('paste.error.kind.no-key.named', { name: parsed.missingVariable })
      : t('paste.error.kind.no-key.words');
  }
  // Not DeepSeek's 401: say who answered, or that its words are not DeepSeek's.
  if (parsed.kind === 'unauthorized' && parsed.otherHost) {
    const sentence = t('paste.error.kind.unauthorized.other-host', {
      host: hostName(t, parsed.otherHost, parsed.endpointHost),
    });
    // Names such as "an API relay" begin the sentence.
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }
  if (inOtherWords(parsed)) return t('paste.error.kind.unauthorized.other-words');
  if (parsed.kind === 'invalid-header' && parsed.signs.includes('empty-bearer')) {
    return t('paste.error.kind.invalid-header.empty');
  }
  if (parsed.kind === 'server-error' && parsed.signs.includes('empty-body')) {
    return t('paste.error.kind.server-error.empty-body');
  }
  if (parsed.kind === 'server-error' && parsed.signs.includes('empty-answer')) {
    return t('paste.error.kind.server-error.empty-answer');
  }
  if (
    parsed.kind === 'server-error' &&
    parsed.status === null &&
    parsed.signs.includes('intermittent')
  ) {
    return t('paste.error.kind.server-error.intermittent');
  }
  if (parsed.kind === 'key-accepted' && parsed.signs.includes('completion-ok')) {
    return t('paste.error.kind.key-accepted.completion');
  }
  // A 402 or 429 that is not DeepSeek's says nothing of the DeepSeek key; another host's refusal
  // of the request, or of the model's name, is not DeepSeek's.
  if (
    ((parsed.kind === 'rate-limited' || parsed.kind === 'insufficient-balance') &&
      !answeredByDeepSeek(parsed)) ||
    ((parsed.kind === 'bad-request' || parsed.kind === 'model') && parsed.otherHost !== null)
  ) {
    const who = parsed.signs.includes('openai-host')
      ? t('paste.error.who.openai')
      : parsed.otherHost
        ? hostName(t, parsed.otherHost, parsed.endpointHost)
        : t('paste.error.who.unknown');
    const relayed = parsed.kind === 'bad-request' && inDeepSeekRefusalWords(parsed.message);
    const sentence = relayed
      ? t('paste.error.kind.bad-request.relayed', { who })
      : t(`paste.error.kind.${parsed.kind}.elsewhere`, { who });
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }
  // A model error neither in DeepSeek's words nor from its address: the server that answered may
  // be the one a config points at (diagnose.ts), whose model ids are its own.
  if (parsed.kind === 'model' && !answeredByDeepSeek(parsed)) {
    return t('paste.error.kind.model.unnamed');
  }
  return t(`paste.error.kind.${parsed.kind}`);
}
