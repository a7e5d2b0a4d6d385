// The interface's message catalogue, one file per feature under catalogues/. English is the source; every
// other language must have every key (each catalogue types its translations as Record<keyof typeof en, string>).
import * as core from './catalogues/core';
import * as controls from './catalogues/controls';
import * as viewsA from './catalogues/views-a';
import * as viewsB from './catalogues/views-b';
import * as analysis from './catalogues/analysis';
import * as report from './catalogues/report';
import * as solver from './catalogues/solver';
import * as gap from './catalogues/gap';
import * as loading from './catalogues/loading';
import * as calculator from './catalogues/calculator';
import * as a11y from './catalogues/a11y';
import * as sweepScale from './catalogues/sweep-scale';
import * as exportMessages from './catalogues/exports';
import * as impact from './catalogues/impact';
import * as deputy from './catalogues/deputy';
import * as identity from './catalogues/identity';

/** English messages: the keys every language must have. */
export const en = {
	...core.en,
	...controls.en,
	...viewsA.en,
	...viewsB.en,
	...analysis.en,
	...report.en,
	...solver.en,
	...loading.en,
	...gap.en,
	...a11y.en,
	...sweepScale.en,
	...exportMessages.en,
	...calculator.en,
	...impact.en,
	...identity.en,
	...deputy.en
} as const;

/** A message key. */
export type MessageKey = keyof typeof en;

/** Russian messages. */
export const ru: Record<MessageKey, string> = {
	...core.ru,
	...controls.ru,
	...viewsA.ru,
	...viewsB.ru,
	...analysis.ru,
	...report.ru,
	...solver.ru,
	...loading.ru,
	...gap.ru,
	...a11y.ru,
	...sweepScale.ru,
	...exportMessages.ru,
	...calculator.ru,
	...impact.ru,
	...identity.ru,
	...deputy.ru
};

/** Kazakh messages. */
export const kk: Record<MessageKey, string> = {
	...core.kk,
	...controls.kk,
	...viewsA.kk,
	...viewsB.kk,
	...analysis.kk,
	...report.kk,
	...solver.kk,
	...loading.kk,
	...gap.kk,
	...a11y.kk,
	...sweepScale.kk,
	...exportMessages.kk,
	...calculator.kk,
	...impact.kk,
	...identity.kk,
	...deputy.kk
};
