// The box an image gets before it loads: its declared size, so nothing moves when it arrives, unless the ratio is
// one no real photo has (a 1×1,000,000 "image"), which the styles' bounds would only crop.
import type { Media } from '../types.js';

/** Wider or taller than this, a declared ratio is ignored. */
const MAX_RATIO = 10;

/** The declared width and height, when both are there and their ratio is within 1:10 and 10:1. */
export function declaredSize({ width, height }: Media): { width: number; height: number } | undefined {
  return width && height && width / height <= MAX_RATIO && height / width <= MAX_RATIO ? { width, height } : undefined;
}
