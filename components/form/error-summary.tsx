'use client';

import { useEffect, useRef } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field the link moves focus to; none for a problem with the whole form. */
  href?: string;
  message: string;
}

/**
 * GOV.UK error summary: announced (role=alert), focused when it appears so keyboard and screen-reader
 * users start from the list of problems, each linking to its field.
 */
export function ErrorSummary({ title, items, focusKey }: { title: string; items: ErrorSummaryItem[]; focusKey: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-red-700 p-4 focus:outline-4 focus:outline-offset-0 focus:outline-eu-yellow"
    >
      <h2 id="error-summary-title" className="mb-3 text-xl font-bold">
        {title}
      </h2>
      <ul className="list-none space-y-2">
        {items.map((item) => (
          <li key={item.href ?? item.message} className="font-bold text-red-700">
            {item.href ? (
              <a href={`#${item.href}`} className="text-red-700 underline">
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
