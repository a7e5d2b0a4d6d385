// Messages of the views-b part of the dashboard.

/** English messages. */
export const en = {} as const;

/** Russian messages. */
export const ru: Record<keyof typeof en, string> = {};
