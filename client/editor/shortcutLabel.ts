/** True on Apple platforms, where tiptap's "Mod" is the Command key. */
const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad|iPod/.test(navigator.userAgent);

/**
 * A tiptap key binding ("Mod-Shift-8") as people read it ("Ctrl+Shift+8", "⌘+Shift+8") and as
 * `aria-keyshortcuts` wants it ("Control+Shift+8", "Meta+Shift+8").
 */
export function shortcutLabel(binding: string): { text: string; aria: string } {
  const keys = binding.split('-').map((key) => (key.length === 1 ? key.toUpperCase() : key));
  const text = keys.map((key) => (key === 'Mod' ? (isApple ? '⌘' : 'Ctrl') : key)).join('+');
  const aria = keys.map((key) => (key === 'Mod' ? (isApple ? 'Meta' : 'Control') : key)).join('+');
  return { text, aria };
}
