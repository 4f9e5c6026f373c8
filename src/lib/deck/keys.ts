// What each key does in the deck. Pure: the deck and its tests share this table.
export type DeckAction =
	| 'next'
	| 'previous'
	| 'first'
	| 'last'
	| 'fullscreen'
	| 'blackout'
	| 'overview'
	| 'escape'
	| 'help'
	| 'presenter'
	| 'enter'
	| { digit: string };

export function actionFor(event: {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}): DeckAction | undefined {
	// Leave the browser's own shortcuts alone (Ctrl+F, Cmd+P…).
	if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
	switch (event.key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case ' ':
			return 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'b':
		case 'B':
		case '.':
			return 'blackout';
		case 'o':
		case 'O':
			return 'overview';
		case 'Escape':
			return 'escape';
		case '?':
			return 'help';
		case 'p':
		case 'P':
			return 'presenter';
		case 'Enter':
			return 'enter';
	}
	return /^[0-9]$/.test(event.key) ? { digit: event.key } : undefined;
}
