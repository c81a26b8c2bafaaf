import { getMessages } from '@/lib/i18n';
import { MAIN_CONTENT_ID } from './main-content-id';

export { MAIN_CONTENT_ID };

/** The first focusable element on every page; hidden until it receives focus. */
export function SkipLink() {
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="no-print sr-only block bg-eu-yellow p-3 font-semibold text-ink focus:not-sr-only"
    >
      {getMessages().common.skipToContent}
    </a>
  );
}
