import type { InputArticle } from './input/read.js';
import { createDoc, normaliseText } from './model/document.js';
import type { Doc } from './model/types.js';
import type { Context } from './pipeline/context.js';
import type { Pipeline } from './pipeline/pipeline.js';
import { NewsgraphError } from './util/errors.js';

/** Normalises an article's text, creates its document and runs the pipeline over it. */
export function analyseArticle(article: InputArticle, pipeline: Pipeline, ctx: Context): Doc {
  const text = normaliseText(article.text);
  if (!text.trim()) throw new NewsgraphError('E_EMPTY', 'the article has no text after normalisation', article.source);
  const doc = createDoc(text, {
    source: article.source,
    title: article.title,
    published: ctx.published ?? article.published,
    url: article.url,
  });
  return pipeline.run(doc, ctx.published || !article.published ? ctx : { ...ctx, published: article.published });
}

/** Analyse a plain string (library use and tests). */
export function analyseText(text: string, pipeline: Pipeline, ctx: Context, source = '-'): Doc {
  return analyseArticle({ source, text, title: null, published: null, url: null }, pipeline, ctx);
}
