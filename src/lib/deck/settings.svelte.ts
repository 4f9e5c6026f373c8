// Projector controls (larger text, high contrast, motion off), remembered on this computer.
import { motion } from '$lib/state/motion.svelte';

const KEY = 'deck-settings';

class ProjectorSettings {
	largeText = $state(false);
	highContrast = $state(false);
	motionOff = $state(false);

	load() {
		try {
			const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ProjectorSettings>;
			this.largeText = saved.largeText === true;
			this.highContrast = saved.highContrast === true;
			this.motionOff = saved.motionOff === true;
		} catch {
			// A corrupt entry is ignored: the defaults stand.
		}
		motion.off = this.motionOff;
	}

	save() {
		motion.off = this.motionOff;
		const { largeText, highContrast, motionOff } = this;
		localStorage.setItem(KEY, JSON.stringify({ largeText, highContrast, motionOff }));
	}
}

export const projector = new ProjectorSettings();
