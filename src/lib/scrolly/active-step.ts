/**
 * Which step is active: the last one whose top edge has passed the trigger line
 * (a fraction of the viewport height). Pure geometry, so a reload mid-page, a jump link
 * and a fling all resolve to one answer without replaying the steps in between.
 */
export function activeStepIndex(tops: number[], viewportHeight: number, offset: number): number {
	const line = viewportHeight * offset;
	let active = 0;
	tops.forEach((top, index) => {
		if (top <= line) active = index;
	});
	return active;
}
