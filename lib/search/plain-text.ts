/**
 * The readable text of an MDX body, for the search index: no imports/exports, no JSX tags, no
 * Markdown markup, link text kept and link targets dropped.
 */
export function mdxToPlainText(source: string): string {
  return source
    .replace(/^(import|export)\s[^\n]*$/gm, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1') // code fences: keep the code
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/gm, ' ') // link definitions
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // HTML and JSX tags
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '') // headings, quotes, list markers
    .replace(/(\*\*|__|\*|_|~~|`)/g, '') // emphasis and inline code marks
    .replace(/^\s*(\|?\s*:?-{3,}:?\s*)+\|?\s*$/gm, ' ') // table rules
    .replace(/\|/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
