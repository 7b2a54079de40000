import { PARTNER_MODEL } from '@dpo/extraction-core';
import { trainShipped } from './train-partner-model';

describe('the shipped partner model', () => {
  it('is what the stored first outputs and gold files train (tools/eval/train-partner-model.ts)', async () => {
    const trained = await trainShipped();
    expect(PARTNER_MODEL.window).toBe(trained.window);
    expect(PARTNER_MODEL.threshold).toBe(trained.threshold);
    expect(PARTNER_MODEL.euNearThreshold).toBe(trained.euNearThreshold);
    const shipped = Object.keys(PARTNER_MODEL.weights);
    const differing = shipped.filter((k) => PARTNER_MODEL.weights[k] !== trained.weights[k]);
    const missing = Object.keys(trained.weights).filter((k) => !(k in PARTNER_MODEL.weights));
    expect({ weights: shipped.length, differing: differing.slice(0, 5), missing: missing.slice(0, 5) }).toEqual({ weights: Object.keys(trained.weights).length, differing: [], missing: [] });
  });
});
