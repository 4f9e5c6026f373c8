// Work that can wait for the page to be idle: the charts' fetches and start-up, and the scroll
// sections' step observers. One job per idle period: twelve charts' fetches started in one task
// (each import inserts its preload links) made a long task in the middle of a reader's scroll.
// Safari has no requestIdleCallback; there a job waits for the next task.
const idleJobs: (() => void)[] = [];
let idleScheduled = false;
const nextIdle = (run: () => void) =>
	'requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 0);

function runIdleJob() {
	idleScheduled = false;
	idleJobs.shift()?.();
	if (idleJobs.length) scheduleIdleJob();
}

function scheduleIdleJob() {
	if (idleScheduled) return;
	idleScheduled = true;
	nextIdle(runIdleJob);
}

/** Runs `run` in an idle period of its own; returns what cancels it. */
export function inIdlePeriod(run: () => void): () => void {
	idleJobs.push(run);
	scheduleIdleJob();
	return () => {
		const queued = idleJobs.indexOf(run);
		if (queued !== -1) idleJobs.splice(queued, 1);
	};
}
