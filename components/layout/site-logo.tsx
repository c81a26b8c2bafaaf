/**
 * The Platform's mark (the same drawing as app/icon.svg): twelve yellow dots in a circle on EU blue.
 * Decorative: the link around it carries the site's name.
 */
export function SiteLogo({ className }: { className?: string }) {
  const dots = Array.from({ length: 12 }, (_, i) => {
    const angle = (i * Math.PI) / 6;
    return { cx: 16 + 9 * Math.sin(angle), cy: 16 - 9 * Math.cos(angle) };
  });
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" className={className}>
      <rect width="32" height="32" rx="4" fill="#004494" />
      <g fill="#ffd617">
        {dots.map((d) => (
          <circle key={`${d.cx.toFixed(2)}-${d.cy.toFixed(2)}`} cx={d.cx.toFixed(2)} cy={d.cy.toFixed(2)} r="2" />
        ))}
      </g>
    </svg>
  );
}
