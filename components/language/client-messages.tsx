import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { pickMessages } from '@/lib/i18n/pick';

/**
 * Gives the client components inside it the strings of the named parts of the catalogue, in the page's
 * language, and nothing more (S-I18N, "the client receives only the strings it renders"). Only pages with
 * such a component (the forms) use it: the site's layout has no client provider, so content pages ship no
 * catalogue and no translation library.
 *
 * @param namespaces - dotted paths into the catalogue, such as `'form.fields'`
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={pickMessages(messages, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
