import localFont from 'next/font/local';

/*
 * Inter, self-hosted from the npm registry (@fontsource-variable/inter, SIL Open Font License), one
 * variable file per script so that a page downloads only the scripts it shows: Latin, Latin Extended
 * (Czech, Polish, Maltese, Romanian...), Greek and Cyrillic cover the 24 official languages of the EU.
 * The unicode ranges are Fontsource's own (its wght.css). next/font requires literal options, hence
 * the repetition. Decision 0150 records the choice.
 *
 * `display: 'optional'` is what makes the font cause no layout shift: the text is drawn once, in Inter
 * if the file arrives within the first ~100 ms (Latin is preloaded, so it normally does), else in the
 * metric-matched Arial fallback that next/font computes from the Latin file, for the whole page view.
 * The subsets' ranges do not overlap, so their order in the stack does not matter; Latin comes last
 * because its variable also names the fallback, which must follow every Inter subset.
 */

export const interLatinExt = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-inter-latin-ext',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
});

export const interGreek = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-greek-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-inter-greek',
  declarations: [{ prop: 'unicode-range', value: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF' }],
});

export const interCyrillic = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'optional',
  preload: false,
  adjustFontFallback: false,
  variable: '--font-inter-cyrillic',
  declarations: [{ prop: 'unicode-range', value: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' }],
});

export const interLatin = localFont({
  src: '../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'optional',
  preload: true,
  adjustFontFallback: 'Arial',
  variable: '--font-inter-latin',
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

/** The classes that define the four variables, for <html>. */
export const fontVariables = [interLatinExt, interGreek, interCyrillic, interLatin].map((f) => f.variable).join(' ');
