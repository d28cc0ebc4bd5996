import { DEEPSEEK_PAGES } from '../domain/deepseek-facts.ts';

/** Place names as the messages write them, and the page each one opens. */
const PLACES: readonly { name: string; url: string }[] = [
  { name: 'platform.deepseek.com/api_keys', url: DEEPSEEK_PAGES.apiKeys },
  { name: 'platform.deepseek.com/top_up', url: DEEPSEEK_PAGES.topUp },
  { name: 'platform.deepseek.com', url: DEEPSEEK_PAGES.apiKeys },
  { name: 'status.deepseek.com', url: DEEPSEEK_PAGES.status },
  { name: 'api-docs.deepseek.com', url: DEEPSEEK_PAGES.docs },
];
const PLACE = new RegExp(`(${PLACES.map((p) => p.name.replace(/[.]/g, '\\.')).join('|')})`);

/**
 * A message with each DeepSeek page it names turned into a link that opens in a new tab. The
 * messages stay plain text (the report copies them as they are).
 */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(PLACE);
  if (parts.length === 1) return text;
  return parts.map((part, index) => {
    const place = index % 2 === 1 ? PLACES.find((p) => p.name === part) : undefined;
    return place ? (
      <a key={index} href={place.url} target="_blank" rel="noopener noreferrer">
        {part}
      </a>
    ) : (
      part
    );
  });
}
