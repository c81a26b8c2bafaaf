/** The id of every page's <main>, the skip link's target. Its own module so client components can import it alone. */
export const MAIN_CONTENT_ID = 'main-content';
