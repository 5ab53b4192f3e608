/**
 * Entity-level precision, recall and F1 per type, computed as the CoNLL scorer does
 * (/work/shared/tools/conlleval.mjs): chunks are (start, end, type); an I- tag that does not continue
 * a chunk of its type starts one; sentence boundaries close chunks.
 */
export interface TypeScore {
  type: string;
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface NerScore {
  tokens: number;
  tokenAccuracy: number;
  types: TypeScore[];
  overall: TypeScore;
}

function chunks(tags: readonly string[], offset: number, out: Set<string>): void {
  let type: string | null = null, start = -1;
  const close = (i: number) => {
    if (type) out.add(`${offset + start}:${offset + i}:${type}`);
    type = null;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === 'O' || !tag.includes('-')) {
      close(i);
      continue;
    }
    const t = tag.slice(2);
    if (tag[0] === 'B' || t !== type) {
      close(i);
      type = t;
      start = i;
    }
  }
  close(tags.length);
}

const score = (type: string, correct: number, predicted: number, gold: number): TypeScore => {
  const precision = predicted ? correct / predicted : 0, recall = gold ? correct / gold : 0;
  return { type, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold, predicted, correct };
};

/** Scores predicted against gold tags, sentence by sentence. */
export function scoreNer(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): NerScore {
  const g = new Set<string>(), p = new Set<string>();
  let offset = 0, tokens = 0, same = 0;
  for (let s = 0; s < gold.length; s++) {
    chunks(gold[s], offset, g);
    chunks(pred[s], offset, p);
    for (let i = 0; i < gold[s].length; i++) if (gold[s][i] === pred[s][i]) same++;
    tokens += gold[s].length;
    offset += gold[s].length + 1;
  }
  const typeOf = (c: string) => c.slice(c.lastIndexOf(':') + 1);
  const typeNames = [...new Set([...g, ...p].map(typeOf))].sort();
  const types = typeNames.map((t) => {
    const pt = [...p].filter((c) => typeOf(c) === t);
    return score(t, pt.filter((c) => g.has(c)).length, pt.length, [...g].filter((c) => typeOf(c) === t).length);
  });
  const correct = [...p].filter((c) => g.has(c)).length;
  return { tokens, tokenAccuracy: tokens ? same / tokens : 0, types, overall: score('all', correct, p.size, g.size) };
}

/** The table conlleval.mjs prints, with the same figures. */
export function formatScore(s: NerScore): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = [`tokens ${s.tokens}, token accuracy ${pct(s.tokenAccuracy)}%`];
  for (const t of s.types) lines.push(`${t.type.padEnd(6)} P ${pct(t.precision)} R ${pct(t.recall)} F1 ${pct(t.f1)}  (gold ${t.gold}, predicted ${t.predicted})`);
  const o = s.overall;
  lines.push(`conll: P=${pct(o.precision).trim()} R=${pct(o.recall).trim()} F1=${pct(o.f1).trim()} (gold ${o.gold}, predicted ${o.predicted})`);
  return lines.join('\n');
}
