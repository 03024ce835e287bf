/**
 * The explorable's state in the URL: one parameter per input (SBI_INPUTS). A view other than the
 * default writes every input, so a shared link stays complete even if a default later changes;
 * the default view writes nothing. Values are clamped and noted as the page's inputs are.
 * (The contract: src/lib/url-state.ts.)
 */
import type { UrlStateCodec } from '../../lib/url-state.ts';
import { clampInputs, inputText, SBI_FIELDS, SBI_INPUTS, SBI_PARAMS, type SbiInputs } from './model.ts';

export function sbiUrlState(defaults: Readonly<SbiInputs>): UrlStateCodec<SbiInputs> {
  return {
    params: SBI_PARAMS,
    defaults: { ...defaults },
    parse(query) {
      const { inputs, notes } = clampInputs(
        Object.fromEntries(SBI_FIELDS.map((field) => [SBI_INPUTS[field].param, query.get(SBI_INPUTS[field].param)])),
        defaults,
      );
      return { state: inputs, notes };
    },
    serialize(inputs) {
      const params = new URLSearchParams();
      if (SBI_FIELDS.every((field) => inputs[field] === defaults[field])) return params;
      for (const field of SBI_FIELDS) params.set(SBI_INPUTS[field].param, inputText(field, inputs[field]));
      return params;
    },
  };
}
