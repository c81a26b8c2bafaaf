import { Fragment, type ReactNode } from 'react';

const TAG = /<(\w+)>(.*?)<\/\1>/g;

/**
 * A message that is one whole sentence with its link (or emphasis) marked as a tag, the way ICU
 * messages and next-intl's `t.rich` write them: "<link>Register your interest</link> to hear about
 * future meetings." Each tag's text is handed to its render function; the rest stays plain text, so
 * nothing in a message is ever HTML. Translators move the tag, never split the sentence.
 *
 * @param message - the sentence; tags are `<name>…</name>`, not nested
 * @param tags - one render function per tag name; an unknown tag is shown as its text
 */
export function RichText({ message, tags }: { message: string; tags: Record<string, (text: string) => ReactNode> }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of message.matchAll(TAG)) {
    const [whole, name = '', text = ''] = match;
    if (match.index > last) parts.push(message.slice(last, match.index));
    const render = tags[name];
    parts.push(<Fragment key={match.index}>{render ? render(text) : text}</Fragment>);
    last = match.index + whole.length;
  }
  if (last < message.length) parts.push(message.slice(last));
  return <>{parts}</>;
}
