// Messages that exist for keyboard and screen-reader users: the skip link at the top of every page.

/** English messages. */
export const en = {
	'a11y.skip': 'Skip to main content'
} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {
	'a11y.skip': 'Перейти к основному содержанию'
};

/** Kazakh messages. */
export const kk: Record<keyof typeof en, string> = {
	'a11y.skip': 'Негізгі мазмұнға өту'
};
