import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * wink-nlp with the light English model, configured with only sentence splitting and POS tagging:
 * its own NER, negation and sentiment passes are not used (newsgraph has its own), which keeps it
 * at several hundred thousand tokens per second.
 */
let instance: ReturnType<typeof winkNLP> | null = null;
export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
