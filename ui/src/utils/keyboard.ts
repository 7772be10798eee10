/**
 * True while a Chinese IME composition is in progress. WebKit reports the Enter that
 * commits a composition with `isComposing === false` but `keyCode === 229`.
 */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229
}

/**
 * A keydown listener that runs `handler` on Enter, but never while an IME composition
 * is in progress. Used on forms and dialogs ("dialogs submit with Enter").
 */
export function onEnter(handler: () => unknown): (event: Event) => void {
  return (event: Event) => {
    const key = event as KeyboardEvent
    if (key.key !== 'Enter' || isComposing(key)) return
    // Enter on a button or link keeps its own meaning (e.g. Cancel); textareas get newlines.
    const target = key.target
    if (
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLButtonElement ||
      target instanceof HTMLAnchorElement
    )
      return
    key.preventDefault()
    void handler()
  }
}
