// True while the page is being printed. The story then draws each step's chart beside its text
// (the flat handout); on screen those extra charts are never built, so readers pay nothing for them.
import { flushSync } from 'svelte';

class Printing {
	active = $state(false);
	#listening = false;

	/** Starts listening once, in the browser. */
	listen() {
		if (this.#listening || typeof window === 'undefined') return;
		this.#listening = true;
		const set = (value: boolean) => {
			if (this.active === value) return;
			this.active = value;
			flushSync(); // the print layout is taken right after beforeprint returns
		};
		window.addEventListener('beforeprint', () => set(true));
		window.addEventListener('afterprint', () => set(false));
		const query = window.matchMedia('print');
		query.addEventListener('change', () => set(query.matches));
		set(query.matches);
	}
}

export const printing = new Printing();
