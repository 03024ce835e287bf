/**
 * The tour's self-check with scripts (src/components/tour/SelfCheck.astro): when a reader opens an
 * option, its verdict goes into the question's polite live region at once, so a screen reader
 * hears whether it is right without moving there; the question's other options close (browsers
 * without the exclusive `name` accordion get the same behaviour here).
 */
export function enhanceSelfChecks(root: ParentNode): void {
  for (const question of root.querySelectorAll<HTMLElement>('[data-self-check]')) {
    const status = question.querySelector<HTMLElement>('[data-self-check-status]');
    const options = [...question.querySelectorAll<HTMLDetailsElement>('details.option')];
    // `toggle` does not bubble: listen in the capture phase.
    question.addEventListener(
      'toggle',
      (event) => {
        const opened = event.target;
        if (!(opened instanceof HTMLDetailsElement) || !opened.open) return;
        for (const other of options) if (other !== opened) other.open = false;
        const choice = opened.querySelector('summary')?.textContent?.trim() ?? '';
        const why = opened.querySelector('.why')?.textContent?.trim() ?? '';
        if (status) status.textContent = `${choice}: ${why}`;
        question.dataset.answered = opened.dataset.correct === 'true' ? 'right' : 'wrong';
      },
      true,
    );
  }
}
