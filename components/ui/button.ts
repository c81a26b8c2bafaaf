/**
 * Classes of the site's action buttons: `primary` for the action a page exists for (the sign-in form's
 * look), `warning` for one that erases. Shared so that pages built later look like the ones before.
 */
export function buttonClass(kind: 'primary' | 'warning' = 'primary'): string {
  const colours = kind === 'warning' ? 'bg-red-700 hover:bg-red-800' : 'bg-eu-blue hover:bg-eu-blue-dark';
  return `${colours} px-5 py-3 text-lg font-bold text-white focus:bg-eu-yellow focus:text-black focus:outline-4 focus:outline-offset-0 focus:outline-eu-yellow disabled:opacity-60`;
}
