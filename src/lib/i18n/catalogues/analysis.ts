// Messages of the analysis part of the product.

/** English messages. */
export const en = {} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {};
