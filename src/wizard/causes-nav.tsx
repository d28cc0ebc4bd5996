import type { KeyboardEvent } from 'react';
import { CAUSE_IDS, type CauseId } from '../domain/causes.ts';
import { useT } from '../i18n/locale.tsx';
import { hashOf } from './step-hash.ts';
import type { Mark } from './wizard-state.ts';

const ARROWS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The four steps as links; arrow keys move between them. */
export function CausesNav({
  current,
  marks,
  likely,
}: {
  current: CauseId | null;
  marks: Partial<Record<CauseId, Mark>>;
  likely: CauseId | null;
}) {
  const t = useT();

  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    const step = ARROWS[event.key];
    const nav = event.currentTarget.closest('nav');
    if (!step || !nav) return;
    const links = [...nav.querySelectorAll('a')];
    const at = links.indexOf(event.currentTarget);
    event.preventDefault();
    links[(at + step + links.length) % links.length]?.focus();
  }

  return (
    <nav className="causes-nav" aria-label={t('wizard.nav')}>
      <ol>
        {CAUSE_IDS.map((cause) => {
          const mark = marks[cause];
          const badge = mark
            ? t(mark === 'this' ? 'wizard.markedThis' : 'wizard.markedNot')
            : cause === likely
              ? t('wizard.likely')
              : null;
          return (
            <li key={cause} className={cause === current ? 'current' : undefined}>
              <a
                href={hashOf(cause)}
                aria-current={cause === current ? 'step' : undefined}
                onKeyDown={onKeyDown}
              >
                {t(`wizard.cause.${cause}.title`)}
              </a>
              {badge && <span className={`badge badge-${mark ?? 'likely'}`}>{badge}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
