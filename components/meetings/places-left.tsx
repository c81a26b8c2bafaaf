'use client';

import { useEffect, useState } from 'react';

/**
 * The places left at a meeting with a capacity. The page is prerendered, so it shows the capacity itself
 * (`initial`, also what is read without JavaScript) and then the live count from
 * /api/meetings/<slug>/places, as a sentence already in the page's language: no catalogue reaches the
 * browser for it.
 */
export function PlacesLeft({ slug, locale, initial }: { slug: string; locale: string; initial: string }) {
  const [text, setText] = useState(initial);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/meetings/${encodeURIComponent(slug)}/places?locale=${encodeURIComponent(locale)}`, { signal: controller.signal, cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<{ text?: unknown }>) : null))
      .then((places) => {
        if (places && typeof places.text === 'string') setText(places.text);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [slug, locale]);
  return (
    <p className="mb-4" data-places>
      {text}
    </p>
  );
}
