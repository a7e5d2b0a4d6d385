// Waiting for the browser to paint, with a timer standing in where no frame comes (a hidden tab).

/**
 * Resolves after the next frame is painted, or after `hiddenMs` (a hidden tab gets no frames); at once where there are
 * no frames at all, as in Node.
 */
export function nextFrame(hiddenMs = 100): Promise<void> {
	if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
	return new Promise((done) => {
		setTimeout(done, hiddenMs);
		requestAnimationFrame(() => setTimeout(done, 0));
	});
}
