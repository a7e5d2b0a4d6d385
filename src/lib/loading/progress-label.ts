// What the progress bar says at each stage of a load, in the page's language.
import type { MessageKey } from '../i18n/messages';
import type { LoadProgress } from './load-dataset';

/** The label of `progress`'s stage (`t` translates a message key with its values). */
export function progressLabel(progress: LoadProgress, t: (key: MessageKey, values?: Record<string, string>) => string): string {
	switch (progress.stage) {
		case 'reading':
			return t('loading.reading', { file: progress.file ?? '' });
		case 'checking':
			return t('load.checking');
		case 'installing':
			return t('loading.installing');
		default:
			return t('loading.starting');
	}
}
