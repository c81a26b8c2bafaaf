import type { ReactNode } from 'react';

export type TagTone = 'blue' | 'grey' | 'yellow' | 'orange' | 'red' | 'green';

// Dark text on pale backgrounds: every pair is above 7:1 contrast.
const tones: Record<TagTone, string> = {
  blue: 'bg-[#d2e2f1] text-[#0c2d4a]',
  grey: 'bg-[#e5e6e7] text-ink',
  yellow: 'bg-[#fff7bf] text-[#594d00]',
  orange: 'bg-[#fcd6c3] text-[#6e3619]',
  red: 'bg-[#f4cdc6] text-[#2a0b06]',
  green: 'bg-[#cce2d8] text-[#005a30]',
};

export function Tag({ tone, children }: { tone: TagTone; children: ReactNode }) {
  return <strong className={`inline-block px-2 py-0.5 text-sm font-semibold ${tones[tone]}`}>{children}</strong>;
}
