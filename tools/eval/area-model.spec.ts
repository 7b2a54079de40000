import { AREA_MODEL } from '@dpo/extraction-core';
import { trainShippedAreas } from './train-area-model';

describe('the shipped area model', () => {
  it('is what the evaluation batches that may be read train (tools/eval/train-area-model.ts)', async () => {
    const trained = await trainShippedAreas();
    expect(AREA_MODEL.threshold).toBe(trained.threshold);
    const shipped = Object.keys(AREA_MODEL.weights);
    const differing = shipped.filter((k) => AREA_MODEL.weights[k] !== trained.weights[k]);
    const missing = Object.keys(trained.weights).filter((k) => !(k in AREA_MODEL.weights));
    expect({ weights: shipped.length, differing: differing.slice(0, 5), missing: missing.slice(0, 5) }).toEqual({ weights: Object.keys(trained.weights).length, differing: [], missing: [] });
  }, 120000);
});
