/**
 * Resolves once the browser has painted what the pane has just rendered: after the next frame, or
 * after `longest` ms when no frame comes (a hidden pane draws none).
 */
export function afterPaint(longest = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, longest);
    if (typeof requestAnimationFrame !== 'function') return;
    // A frame's callbacks run before its paint; a task queued from one runs after it.
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
