import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { NewsgraphError } from '../util/errors.js';
import { DEFAULT_MAX_BYTES, decodeText, isoDay } from './decode.js';

/** One article read from an input, before analysis. */
export interface InputArticle {
  /** path, path:line for JSONL, or "-" */
  source: string;
  text: string;
  title: string | null;
  published: string | null;
  url: string | null;
}

export type InputResult = { ok: true; article: InputArticle } | { ok: false; error: NewsgraphError };

export interface ReadOptions {
  maxBytes?: number;
}

const TEXT_EXT = new Set(['.txt', '.text', '']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const KNOWN = new Set([...TEXT_EXT, ...HTML_EXT, ...JSONL_EXT]);

/** Files under the given paths, folders walked recursively (sorted, hidden files skipped). */
export function listInputs(paths: string[]): { files: string[]; errors: NewsgraphError[] } {
  const files: string[] = [];
  const errors: NewsgraphError[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (KNOWN.has(extname(name).toLowerCase())) files.push(p);
    }
  };
  for (const p of paths) {
    if (p === '-') {
      files.push('-');
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch {
      errors.push(new NewsgraphError('E_NOT_FOUND', 'no such file or folder', p));
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, errors };
}

/** A .txt article: a first line followed by a blank line is the title (and stays in the text). */
export function splitTitle(text: string): string | null {
  const m = /^([^\n]{1,300})\n[ \t]*\n/.exec(text);
  if (!m) return null;
  const t = m[1].trim();
  return t || null;
}

function readBytes(path: string): Buffer {
  return path === '-' ? readFileSync(0) : readFileSync(path);
}

/** Reads one input file into articles (a JSONL file gives many); errors name the file and line. */
export async function* readInput(path: string, opts: ReadOptions = {}): AsyncGenerator<InputResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const ext = path === '-' ? '' : extname(path).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    yield* readJsonl(path, maxBytes);
    return;
  }
  try {
    if (path !== '-') {
      const size = statSync(path).size;
      if (size > maxBytes) decodeText(new Uint8Array(size), path, maxBytes); // throws E_TOO_LARGE without reading
    }
    const raw = decodeText(readBytes(path), path, maxBytes);
    if (HTML_EXT.has(ext) || (ext === '' && /^\s*<(!doctype html|html)[\s>]/i.test(raw))) {
      // the HTML reader (readability, linkedom) loads only when an HTML input comes
      const { readHtml } = await import('./html.js');
      const a = readHtml(raw, path);
      yield { ok: true, article: { source: path, text: a.text, title: a.title, published: a.published, url: a.url } };
    } else if (TEXT_EXT.has(ext)) {
      yield { ok: true, article: { source: path, text: raw, title: splitTitle(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')), published: null, url: null } };
    } else {
      throw new NewsgraphError('E_UNSUPPORTED', `unsupported file type "${ext}"; use .txt, .html or .jsonl`, path);
    }
  } catch (e) {
    yield { ok: false, error: asError(e, path) };
  }
}

async function* readJsonl(path: string, maxBytes: number): AsyncGenerator<InputResult> {
  let lineNo = 0;
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  try {
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      const where = `${path}:${lineNo}`;
      try {
        if (Buffer.byteLength(line) > maxBytes) decodeText(new Uint8Array(Buffer.byteLength(line)), where, maxBytes);
        if (line.includes('\uFFFD')) throw new NewsgraphError('E_ENCODING', 'the line is not valid UTF-8', where);
        let obj: any;
        try {
          obj = JSON.parse(line);
        } catch (e) {
          throw new NewsgraphError('E_PARSE', `the line is not JSON (${(e as Error).message})`, where);
        }
        if (!obj || typeof obj !== 'object' || typeof obj.text !== 'string')
          throw new NewsgraphError('E_PARSE', 'expected an object {title, text, published, url} with a string "text"', where);
        if (!obj.text.trim()) throw new NewsgraphError('E_EMPTY', 'the article text is empty', where);
        yield {
          ok: true,
          article: {
            source: typeof obj.url === 'string' && obj.url ? obj.url : where,
            text: obj.text,
            title: typeof obj.title === 'string' ? obj.title : null,
            published: isoDay(obj.published),
            url: typeof obj.url === 'string' ? obj.url : null,
          },
        };
      } catch (e) {
        yield { ok: false, error: asError(e, where) };
      }
    }
  } catch (e) {
    yield { ok: false, error: asError(e, path) };
  }
}

function asError(e: unknown, name: string): NewsgraphError {
  if (e instanceof NewsgraphError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return new NewsgraphError('E_NOT_FOUND', 'no such file', name);
  if (err?.code === 'EISDIR') return new NewsgraphError('E_UNSUPPORTED', 'is a folder', name);
  return new NewsgraphError('E_PARSE', String(err?.message ?? e), name);
}
