/** A writer that passes on only the latest value, at most once per interval. */
export interface Throttled<T> {
	/** Offers a value: written in a later task, no sooner than the interval after the last write (only the latest is written). */
	push(value: T): void;
	/** Writes the waiting value now, if any. */
	flush(): void;
	/** Drops the waiting value. */
	cancel(): void;
}

/** Runs a callback later: at once by default; in the browser, when the page is idle (see `whenIdle`). */
export type Later = (run: () => void) => void;

/**
 * Throttles `write` to one call per `ms`, off the caller's task and at least `settle` ms after a value starts waiting
 * (clear of the frame the change paints in), then when `later` runs it (the page idle), the trailing value always
 * written; a write returning false does not count.
 */
export function throttle<T>(write: (value: T) => boolean | void, ms: number, settle = 0, later: Later = (run) => run()): Throttled<T> {
	let last = -Infinity;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let waiting: { value: T } | null = null;
	// Bumped by every flush and cancel: a write `later` runs after one of them is not due any more.
	let round = 0;
	const stop = () => {
		clearTimeout(timer);
		timer = undefined;
		round++;
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
			if (timer !== undefined) return;
			const due = round;
			timer = setTimeout(() => later(() => due === round && flush()), Math.max(settle, last + ms - Date.now()));
		},
		flush,
		cancel() {
			stop();
			waiting = null;
		}
	};
}

/** A `Later` that runs its callback when the browser is idle (within `timeout` ms), or in the next task without requestIdleCallback. */
export function whenIdle(timeout: number): Later {
	return (run) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout }) : setTimeout(run, 0));
}
