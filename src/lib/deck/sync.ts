// Keeps the deck and its presenter view on the same slide, both ways, across windows.
export type DeckMessage = { type: 'slide'; index: number } | { type: 'hello' };

export function deckChannel(name: string, onMessage: (message: DeckMessage) => void) {
	if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
	const channel = new BroadcastChannel(`deck:${name}`);
	channel.onmessage = (event: MessageEvent<DeckMessage>) => onMessage(event.data);
	return {
		post: (message: DeckMessage) => channel.postMessage(message),
		close: () => channel.close()
	};
}
