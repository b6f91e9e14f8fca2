/**
 * Makes a table wrapper a focusable, named region (so a keyboard can scroll it) only while its table is
 * wider than the wrapper, and shows the "scroll sideways" hint then. Checked again whenever a wrapper or its
 * table changes size (zoom, rotation, text spacing, a filter hiding rows).
 */

/** What makes the wrapper (a <section>) a focusable region with a name; without a name it is no landmark. */
const regionAttributes = ['tabindex', 'aria-labelledby'] as const;

function update(wrapper: HTMLElement): void {
	const table = wrapper.querySelector('table');
	const scrolls = table !== null && table.offsetWidth > wrapper.clientWidth + 1;
	if (scrolls) {
		wrapper.setAttribute('tabindex', '0');
		wrapper.setAttribute('aria-labelledby', wrapper.dataset.captionId ?? '');
	} else {
		for (const name of regionAttributes) wrapper.removeAttribute(name);
	}
	wrapper.classList.toggle('table-scroll--scrolls', scrolls);
	const hint = wrapper.querySelector<HTMLElement>(':scope > .table-scroll__hint');
	if (hint) hint.hidden = !scrolls;
}

const wrappers = document.querySelectorAll<HTMLElement>('[data-table-scroll]');
const observer = new ResizeObserver((entries) => {
	for (const entry of entries) update((entry.target.closest('[data-table-scroll]') ?? entry.target) as HTMLElement);
});
for (const wrapper of wrappers) {
	wrapper.dataset.captionId = wrapper.getAttribute('aria-labelledby') ?? '';
	update(wrapper);
	observer.observe(wrapper);
	const table = wrapper.querySelector('table');
	if (table) observer.observe(table);
}
