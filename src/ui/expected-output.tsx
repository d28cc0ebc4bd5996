import { showsKeyTail } from '../domain/snippets/key-setup.ts';
import { useT } from '../i18n/locale.tsx';

/** A check's expected output; where it ends with a key's last four, says they will be the reader's. */
export function ExpectedOutput({ expect }: { expect: string }) {
  const t = useT();
  return (
    <p className="expect">
      {t(showsKeyTail(expect) ? 'code.expectTail' : 'code.expect')} <code>{expect}</code>
    </p>
  );
}
