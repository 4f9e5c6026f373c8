// Motion is opt-in: durations are 0 unless the reader's system allows motion
// and nobody (e.g. the deck's projector controls) has switched it off.
import { MediaQuery } from 'svelte/reactivity';

class Motion {
	#allowed = new MediaQuery('(prefers-reduced-motion: no-preference)', false);
	/** Set by the deck's "motion off" control. */
	off = $state(false);

	get reduced() {
		return this.off || !this.#allowed.current;
	}

	/** A transition length in ms: `ms` when motion is allowed, else 0. */
	duration(ms = 650) {
		return this.reduced ? 0 : ms;
	}
}

export const motion = new Motion();
