import { parse, type DefaultTreeAdapterMap } from 'parse5';

/** A small read-only view of served HTML, parsed the way a browser parses it (parse5), without running it. */
type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export interface HtmlDocument {
  /** Every element in document order. */
  elements: Element[];
}

export function parseHtml(html: string): HtmlDocument {
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) elements.push(node);
    // <template> content is inert, like in a browser.
    if ('childNodes' in node && node.nodeName !== 'template') node.childNodes.forEach(walk);
  };
  walk(parse(html));
  return { elements };
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function byTag(doc: HtmlDocument, tag: string): Element[] {
  return doc.elements.filter((e) => e.tagName === tag);
}

export function isInside(element: Element, tag: string): boolean {
  for (let p = element.parentNode; p; p = 'parentNode' in p ? p.parentNode : null) {
    if ('tagName' in p && p.tagName === tag) return true;
  }
  return false;
}

export function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if ('childNodes' in node && node.nodeName !== 'script' && node.nodeName !== 'style' && node.nodeName !== 'template') {
    return node.childNodes.map(textOf).join('');
  }
  return '';
}

/** The URLs a page references: links to follow and assets it loads (a, link, script, img, source, media). */
export function referencedUrls(doc: HtmlDocument): { links: string[]; assets: string[] } {
  const links: string[] = [];
  const assets: string[] = [];
  for (const e of doc.elements) {
    if (e.tagName === 'a' || e.tagName === 'area') {
      const href = attr(e, 'href');
      if (href !== undefined) links.push(href);
    } else if (e.tagName === 'link') {
      const href = attr(e, 'href');
      if (href !== undefined) assets.push(href);
    } else if (['script', 'img', 'source', 'video', 'audio', 'track', 'iframe', 'embed'].includes(e.tagName)) {
      const src = attr(e, 'src');
      if (src !== undefined) assets.push(src);
      for (const candidate of (attr(e, 'srcset') ?? '').split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) assets.push(url);
      }
    }
  }
  return { links, assets };
}
