/**
 * Units in the type (STYLE.md §4): branded numbers for the amounts, shares
 * and months of the engine's results, so that a share added to kronor, or
 * months read as kronor, is a type error. A branded value reads as a plain
 * number everywhere; only a producer of results brands, once, with `asUnits`.
 */
declare const unit: unique symbol;

/** Whole kronor in full precision (rounded only for display). */
export type Kronor = number & { readonly [unit]: 'kronor' };
/** A share, 0–1. */
export type Share = number & { readonly [unit]: 'share' };
/** A number of months. */
export type Months = number & { readonly [unit]: 'months' };

/** The same shape with every branded number read as a plain number: what a producer computes. */
export type Unbranded<T> = T extends Kronor | Share | Months
  ? number
  : T extends readonly (infer U)[]
    ? Unbranded<U>[]
    : T extends object
      ? { [K in keyof T]: Unbranded<T[K]> }
      : T;

/**
 * Brand a computed result: the shape is checked field by field against
 * `Unbranded<T>`, and the units are those `T` declares.
 */
export const asUnits = <T>(plain: Unbranded<T>): T => plain as unknown as T;
