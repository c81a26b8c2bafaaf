'use client';

import { useEffect, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field the link moves focus to; none for a problem with the whole form. */
  href?: string;
  message: string;
}

/**
 * The legend or label to bring into view above a field, as GOV.UK Frontend's error summary picks it: a
 * radio's or checkbox's fieldset legend; another control's fieldset legend when legend and control fit in
 * the top half of the screen; else the control's own label.
 */
function legendOrLabelOf(input: HTMLElement): HTMLElement | null {
  const legend = input.closest('fieldset')?.querySelector('legend');
  if (legend) {
    if (input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio')) return legend;
    const inputRect = input.getBoundingClientRect();
    if (inputRect.top + inputRect.height - legend.getBoundingClientRect().top < window.innerHeight / 2) return legend;
  }
  return document.querySelector<HTMLElement>(`label[for="${CSS.escape(input.id)}"]`) ?? input.closest('label');
}

/**
 * GOV.UK error summary: announced (role=alert), focused when it appears so keyboard and screen-reader
 * users start from the list of problems, each linking to its field. Following a link scrolls the field's
 * label (or legend) to the top and then focuses the control, so the label, hint and message stay in view
 * (the browser alone would put the control at the top edge; without JavaScript a scroll margin on the
 * controls does the same job, app/globals.css).
 */
export function ErrorSummary({ title, items, focusKey }: { title: string; items: ErrorSummaryItem[]; focusKey: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link?.hash) return;
    const input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    const context = input ? legendOrLabelOf(input) : null;
    if (!input || !context) return;
    event.preventDefault();
    context.scrollIntoView();
    input.focus({ preventScroll: true });
  }

  return (
    // The click handler only refines where a link lands (a link's Enter key is a click too); every link
    // works as a plain link without it.
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      onClick={onClick}
      className="mb-8 border-4 border-danger p-4 focus:outline-4 focus:outline-offset-0 focus:outline-eu-yellow sm:p-6"
    >
      <h2 id="error-summary-title" className="mb-3 text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      <ul className="list-none space-y-2">
        {items.map((item) => (
          <li key={item.href ?? item.message} className="font-bold text-danger">
            {item.href ? (
              <a href={`#${item.href}`} className="text-danger underline">
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
