/** `$top` / `$skip` parameters, checked, with a default and a ceiling per API. */
import { SimHttpError, type SimRequest } from './http-kit';

export interface Page {
  skip: number;
  top: number;
}

/** Reads `$top` (1…max, default `defaultTop`; above max → max) and `$skip` (≥ 0). */
export function readPage(req: SimRequest, defaultTop: number, maxTop: number, code = 'BadRequest'): Page {
  const top = readInt(req, '$top', defaultTop, 1, code);
  const skip = readInt(req, '$skip', 0, 0, code);
  return { skip, top: Math.min(top, maxTop) };
}

function readInt(req: SimRequest, name: string, fallback: number, min: number, code: string): number {
  const text = req.query.get(name);
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min) {
    throw new SimHttpError(400, code, `${name} must be an integer of at least ${min}`);
  }
  return Number(text);
}
