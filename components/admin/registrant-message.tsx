import { PageLayout } from '@/components/layout/page-layout';
import { getMessages } from '@/lib/i18n';

/** The plain sentence for each outcome of a confirm or withdraw link, and a way forward where one helps. */
export function RegistrantMessage({ title, message, registerAgain }: { title: string; message: string; registerAgain: boolean }) {
  const t = getMessages().admin.registration;
  return (
    <PageLayout breadcrumbs={{ ancestors: [], current: title }}>
      <h1 className="mb-6 text-3xl font-bold">{title}</h1>
      <p className="mb-6 text-lg" role="status">{message}</p>
      {registerAgain ? (
        <p>
          <a href="/participate" className="text-eu-blue underline focus:bg-eu-yellow focus:text-black focus:outline-none">{t.registerAgain}</a>
        </p>
      ) : null}
    </PageLayout>
  );
}
