import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { NewsgraphError } from '../util/errors.js';
import { isoDay } from './decode.js';

export interface HtmlArticle {
  title: string | null;
  text: string;
  published: string | null;
  url: string | null;
}

const META_DATE = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'DC.date.issued',
  'dc.date',
  'sailthru.date',
];

/**
 * Main text of an HTML page: @mozilla/readability over a linkedom DOM. Scripts, styles and markup
 * never reach the text (we only read textContent). Title and publication date come from the usual
 * meta tags (Open Graph, schema.org, Dublin Core) and <time datetime>.
 */
export function readHtml(html: string, name: string): HtmlArticle {
  let document: any;
  try {
    ({ document } = parseHTML(html));
  } catch (e) {
    throw new NewsgraphError('E_PARSE', `the HTML could not be parsed (${(e as Error).message})`, name);
  }
  if (!document?.documentElement) throw new NewsgraphError('E_PARSE', 'the HTML has no document element', name);
  const meta = (key: string): string | null => {
    const el = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    return el?.getAttribute('content') ?? null;
  };
  let published: string | null = null;
  for (const k of META_DATE) {
    published = isoDay(meta(k));
    if (published) break;
  }
  published ??= isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const metaTitle = meta('og:title') ?? document.querySelector('title')?.textContent ?? null;
  const url = meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;

  for (const el of document.querySelectorAll('script, style, noscript, template, iframe, object, embed')) el.remove();
  let article: { title?: string | null; textContent?: string | null; content?: string | null } | null = null;
  try {
    article = new Readability(document, { charThreshold: 100 }).parse();
  } catch {
    article = null;
  }
  let text: string;
  if (article?.content) {
    // paragraph structure: re-parse readability's cleaned HTML and join block elements with blank lines
    const { document: clean } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blocksToText(clean.body);
  } else {
    text = blocksToText(document.body ?? document.documentElement);
  }
  const title = (article?.title || metaTitle || '').replace(/\s+/g, ' ').trim() || null;
  return { title, text, published, url };
}

const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TR', 'BR', 'HR', 'FIGCAPTION', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD', 'HEADER', 'FOOTER', 'MAIN', 'ASIDE']);

function blocksToText(root: any): string {
  const parts: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
    line = '';
  };
  const walk = (node: any) => {
    for (let n = node?.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) line += n.textContent;
      else if (n.nodeType === 1) {
        const tag = String(n.tagName).toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(n);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return parts.join('\n\n');
}
