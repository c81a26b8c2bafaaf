/**
 * The class of the site's one button style (app/globals.css `.button`, decision 0151), for a <button> or
 * a link that starts an action: `primary` for the action a page exists for, `secondary` for a second
 * choice beside it (or a button on EU blue), `warning` for one that erases.
 */
export function buttonClass(kind: 'primary' | 'secondary' | 'warning' = 'primary'): string {
  return kind === 'primary' ? 'button' : `button button-${kind}`;
}
