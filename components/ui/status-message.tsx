import type { ReactNode } from 'react';

/**
 * The outcome of what the visitor just did ("Your answer is saved", "You are unsubscribed"), at the top of
 * the page's content: a live region (`role="status"`), so a screen reader announces it after the redirect.
 */
export function StatusMessage({ children }: { children: ReactNode }) {
  return <p role="status" className="mb-6 max-w-3xl border-l-8 border-eu-blue bg-surface p-4 text-lg font-semibold">{children}</p>;
}
