import { localizedPath } from '@/i18n/paths';
import type { Messages } from '@/lib/i18n/catalogues';
import type { Locale } from '@/lib/i18n/locales';
import { navCurrent, PRIMARY_NAV } from './primary-nav';

type Props = {
  /** The navigation's labels (`common.nav`), in the page's language: its accessible name and each item's text. */
  labels: Messages['common']['nav'];
  /** The page's language: each item leads to its section in that language. */
  locale: Locale;
  /** The page's site-relative path in its English form, which marks the current section; none where no section is current. */
  path?: string;
};

/**
 * The main navigation on EU blue, with the current section marked (`aria-current` and a yellow bar) as
 * GOV.UK's service navigation does. Takes its labels as props and reads nothing itself, so that the
 * client-side error page can show the same navigation without shipping the messages catalogue.
 */
export function PrimaryNavBar({ labels, locale, path }: Props) {
  return (
    <nav aria-label={labels.label} className="bg-eu-blue">
      <ul className="mx-auto flex max-w-5xl flex-wrap px-2 sm:px-4">
        {PRIMARY_NAV.map((item) => {
          const current = navCurrent(item.href, path);
          return (
            <li key={item.href}>
              <a
                href={localizedPath(item.href, locale)}
                aria-current={current}
                className={`block border-b-4 px-2 pt-3 pb-2 font-semibold text-white no-underline hover:text-white hover:underline sm:px-3 ${
                  current ? 'border-eu-yellow' : 'border-transparent'
                }`}
              >
                {labels[item.key]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
