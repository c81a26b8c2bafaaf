/** The Open Graph image (public/og-image.png, 1200 × 630), made by scripts/render-og-image.ts. */
export const SHARE_IMAGE_PATH = '/og-image.png';
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;
