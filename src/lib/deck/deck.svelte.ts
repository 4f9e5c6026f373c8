// The deck's state: which slide, and which overlay is open. Small and shared by the deck,
// its keyboard handler and the presenter view.
import { actionFor } from './keys';

export class DeckState {
	index = $state(0);
	blackout = $state(false);
	overview = $state(false);
	help = $state(false);
	/** Digits typed so far, for "number then Enter". */
	typed = $state('');

	/** `count` is read when needed, so the deck follows the slides it is given. */
	constructor(readonly slideCount: () => number) {}

	get count() {
		return this.slideCount();
	}

	go(index: number) {
		this.index = Math.max(0, Math.min(this.count - 1, index));
	}
	next() {
		this.go(this.index + 1);
	}
	previous() {
		this.go(this.index - 1);
	}

	/** Applies a key press; returns true when the deck used it (so the page should not scroll). */
	handleKey(
		event: KeyboardEvent,
		hooks: { fullscreen: () => void; presenter: () => void }
	): boolean {
		const action = actionFor(event);
		if (action === undefined) return false;
		if (typeof action === 'object') {
			this.typed = (this.typed + action.digit).slice(-4);
			return true;
		}
		if (action === 'enter' && this.typed) {
			this.go(Number(this.typed) - 1);
			this.typed = '';
			this.overview = false;
			return true;
		}
		if (action === 'enter') return false; // Enter on a focused button keeps its meaning.
		this.typed = '';
		if (action === 'escape') {
			if (this.help) this.help = false;
			else this.overview = !this.overview;
			return true;
		}
		if (this.help && action !== 'help') this.help = false;
		switch (action) {
			case 'next':
				this.blackout = false;
				this.next();
				break;
			case 'previous':
				this.blackout = false;
				this.previous();
				break;
			case 'first':
				this.go(0);
				break;
			case 'last':
				this.go(this.count - 1);
				break;
			case 'blackout':
				this.blackout = !this.blackout;
				break;
			case 'overview':
				this.overview = !this.overview;
				break;
			case 'help':
				this.help = !this.help;
				break;
			case 'fullscreen':
				hooks.fullscreen();
				break;
			case 'presenter':
				hooks.presenter();
				break;
		}
		return true;
	}
}
