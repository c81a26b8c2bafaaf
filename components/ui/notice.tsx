import type { ReactNode } from 'react';

type Props = {
  /** 'important' for a cancelled or postponed meeting; 'info' for a date to be confirmed. */
  tone: 'important' | 'info';
  children: ReactNode;
};

/** A banner at the top of a page's content, in the GOV.UK notification-banner style. */
export function Notice({ tone, children }: Props) {
  const border = tone === 'important' ? 'border-[#d4351c]' : 'border-eu-blue';
  return (
    <div className={`my-6 border-l-8 ${border} bg-surface px-4 py-3 text-lg font-semibold`}>{children}</div>
  );
}
