import { useTranslations } from 'next-intl';
import { MAIN_CONTENT_ID } from './main-content-id';

export { MAIN_CONTENT_ID };

/** The first focusable element on every page; hidden until it receives focus. */
export function SkipLink() {
  const t = useTranslations('common');
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="no-print sr-only block bg-eu-yellow p-3 font-semibold text-ink focus:not-sr-only"
    >
      {t('skipToContent')}
    </a>
  );
}
