/**
 * The baseline of the what-if sliders: the situation at exit without
 * what-ifs — the mean subsidy share of subsidised work and how many are in
 * subsidised work or studies. Independent of the what-if settings, so kept
 * in the cache (it walks every distinct exit situation).
 */
import type { SliderBaseline } from './cache';
import { contextOfKey, type Prepared } from './prepare';
import { situationOf } from './values';

export function sliderBaseline(prep: Prepared): SliderBaseline {
  return (prep.cache.baseline ??= computeBaseline(prep));
}

function computeBaseline(prep: Prepared): SliderBaseline {
  let subW = 0;
  let subExt = 0;
  let inSub = 0;
  let inStudies = 0;
  prep.timePoints.exit.after.forEach((counts, key) => {
    const n = counts[0];
    let hasSub = false;
    let hasStudies = false;
    for (const i of situationOf(prep, key)!.income) {
      if (i.extent <= 0) continue;
      if (i.source === 'subventioneratArbete') {
        hasSub = true;
        // The context's default share only for an item that gives none (the key's prefix is parsed then).
        const share = i.subsidyShare ?? contextOfKey(prep, key).ctx.params.defaultSubsidyShare;
        subW += n * i.extent * share;
        subExt += n * i.extent;
      }
      if (i.source === 'studier') hasStudies = true;
    }
    if (hasSub) inSub += n;
    if (hasStudies) inStudies += n;
  });
  return { subW, subExt, inSub, inStudies };
}
