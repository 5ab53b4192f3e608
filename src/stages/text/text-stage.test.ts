import { describe, expect, it } from 'vitest';
import { createDoc } from '../../model/document.js';
import { splitParagraphs, textStage } from './text-stage.js';
import { createContext } from '../../pipeline/context.js';

describe('text stage', () => {
  it('splits paragraphs on blank lines only', () => {
    const t = 'Title\n\nFirst line\nsame paragraph.\n\n\nSecond.';
    expect(splitParagraphs(t).map((p) => t.slice(p.start, p.end))).toEqual(['Title', 'First line\nsame paragraph.', 'Second.']);
  });

  it('gives tokens and sentences whose offsets slice the text exactly', () => {
    const text = 'Mali’s minister met Lavrov. “We agreed,” he said.\n\nDon’t worry: U.S. aid is $3.2 million.';
    const doc = createDoc(text);
    textStage.run(doc, createContext());
    const tokens = Array.from({ length: doc.tokens.count }, (_, i) => text.slice(doc.tokens.start[i], doc.tokens.end[i]));
    expect(tokens).toContain('Lavrov');
    expect(tokens.every((t) => t.trim() === t && t.length > 0)).toBe(true);
    expect(doc.sentences.length).toBeGreaterThanOrEqual(3);
    for (const s of doc.sentences) {
      expect(s.start).toBe(doc.tokens.start[s.firstToken]);
      expect(s.end).toBe(doc.tokens.end[s.endToken - 1]);
    }
    expect(doc.sentences.at(-1)!.paragraph).toBe(1);
    expect(doc.tokens.pos[tokens.indexOf('met')]).toBe('VERB');
  });
});
