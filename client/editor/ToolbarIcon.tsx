/** The toolbar's icons: 24×24 strokes in the current text colour. */
export type ToolbarIconName = 'bold' | 'italic' | 'heading' | 'bulletList' | 'orderedList' | 'link' | 'undo' | 'redo';

const PATHS: Record<ToolbarIconName, string> = {
  bold: 'M7 5h5.5a3.5 3.5 0 0 1 0 7H7z M7 12h6.5a3.5 3.5 0 0 1 0 7H7z',
  italic: 'M11 5h7 M6 19h7 M15 5l-5 14',
  heading: 'M6 5v14 M17 5v14 M6 12h11',
  bulletList: 'M10 7h10 M10 12h10 M10 17h10',
  orderedList: 'M10 7h10 M10 12h10 M10 17h10 M4 5.5l1.5-.5v4 M3.8 14.2a1.3 1.3 0 1 1 2 1.4L4 18h2.5',
  link: 'M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1 M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1',
  undo: 'M9 14L4 9l5-5 M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  redo: 'M15 14l5-5-5-5 M20 9H9.5a5.5 5.5 0 0 0 0 11H13',
};

/** One toolbar icon; decorative (the button carries the accessible name). */
export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg
      className="toolbar-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
      {/* The bullets: round dots drawn as zero-length strokes. */}
      {name === 'bulletList' && <path d="M4.5 7h.01 M4.5 12h.01 M4.5 17h.01" strokeWidth={3.2} />}
    </svg>
  );
}
