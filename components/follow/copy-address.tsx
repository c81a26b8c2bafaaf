/**
 * An address to copy into another program, shown whole (it wraps; nothing is cut) and selected at
 * once on click or tap, with a visible label. Plain text: nothing to submit, no script needed.
 */
export function CopyAddress({ label, address }: { label: string; address: string }) {
  return (
    <div className="mt-3">
      <p className="font-bold">{label}</p>
      <p className="mt-1 max-w-2xl border-l-4 border-eu-blue bg-surface px-3 py-2 font-mono text-sm break-all select-all">
        {address}
      </p>
    </div>
  );
}
