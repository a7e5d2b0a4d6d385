/** A writer that passes on only the latest value, at most once per interval. */
export interface Throttled<T> {
	/** Offers a value: written in a later task, no sooner than the interval after the last write (only the latest is written). */
	push(value: T): void;
	/** Writes the waiting value now, if any. */
	flush(): void;
	/** Drops the waiting value. */
	cancel(): void;
}

/**
 * Throttles `write` to one call per `ms`, off the caller's task and at least `settle` ms after a value starts waiting
 * (clear of the frame the change paints in), the trailing value always written; a write returning false does not count.
 */
export function throttle<T>(write: (value: T) => boolean | void, ms: number, settle = 0): Throttled<T> {
	let last = -Infinity;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let waiting: { value: T } | null = null;
	const stop = () => {
		clearTimeout(timer);
		timer = undefined;
	};
	const flush = () => {
		stop();
		if (!waiting) return;
		const { value } = waiting;
		waiting = null;
		if (write(value) !== false) last = Date.now();
	};
	return {
		push(value) {
			waiting = { value };
			if (timer === undefined) timer = setTimeout(flush, Math.max(settle, last + ms - Date.now()));
		},
		flush,
		cancel() {
			stop();
			waiting = null;
		}
	};
}
