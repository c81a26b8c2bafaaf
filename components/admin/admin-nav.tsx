import Link from 'next/link';
import { signOutAction } from '@/app/admin/(area)/actions';
import { getMessages } from '@/lib/i18n';

/** The secretariat's navigation and sign-out button (a POST: a link could be followed by a prefetch). */
export function AdminNav({ email }: { email: string }) {
  const t = getMessages().admin.nav;
  const link = 'text-eu-blue underline underline-offset-4 hover:decoration-2 focus:bg-eu-yellow focus:text-black focus:outline-none';
  return (
    <nav aria-label={t.label} className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-2 border-b-2 border-eu-blue pb-3">
      <Link href="/admin" prefetch={false} className={link}>{t.registrations}</Link>
      <Link href="/admin/mail" prefetch={false} className={link}>{t.mail}</Link>
      <Link href="/admin/audit" prefetch={false} className={link}>{t.audit}</Link>
      <span className="ml-auto text-gray-700">{t.signedInAs(email)}</span>
      <form action={signOutAction}>
        <button type="submit" className="border-2 border-eu-blue px-3 py-1 font-semibold text-eu-blue focus:bg-eu-yellow focus:text-black focus:outline-none">
          {t.signOut}
        </button>
      </form>
    </nav>
  );
}
