// A URL naming a data-table row (#event-…) opens the table it sits in and brings the row into
// view, on arrival and on every change of the hash. Returns the cleanup, for onMount.
export function revealLinkedRows(): () => void {
	const reveal = () => {
		const id = decodeURIComponent(location.hash.slice(1));
		const row = id ? document.getElementById(id) : null;
		const details = row?.closest('details');
		if (!row || !details || row.tagName !== 'TR') return;
		details.open = true;
		row.scrollIntoView({ block: 'center' });
	};
	reveal();
	window.addEventListener('hashchange', reveal);
	return () => window.removeEventListener('hashchange', reveal);
}
