/**
 * Runs `task` in the task just after the next frame is drawn, when the page's layout is up to
 * date; where nothing is drawn (a test) in a task of its own. Returns a function that cancels it.
 */
export function afterFrame(task: () => void): () => void {
	let frame = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	if (typeof requestAnimationFrame !== 'function') timer = setTimeout(task, 0);
	else frame = requestAnimationFrame(() => (timer = setTimeout(task, 0)));
	return () => {
		if (frame) cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
