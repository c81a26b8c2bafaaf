/** A calendar drawn inline (decorative: the text beside it says what it is for). */
export function CalendarIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="h-5 w-5 shrink-0 fill-current">
      <path d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2Zm12 8H5v9h14v-9ZM5 6v2h14V6H5Zm6 6h2v2h2v2h-2v2h-2v-2H9v-2h2v-2Z" />
    </svg>
  );
}
