import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Port of the Drejebog server that `npm run dev` starts next to Vite. @default 8080 */
const SERVER_PORT = 8080;

// The big libraries (react-dom, prosemirror-view + @tiptap/core, yjs) each get their own file, so no chunk is
// huge and a change in our own code does not invalidate the cached libraries.
const VENDOR_CHUNKS: Array<{ name: string; test: RegExp }> = [
  // First, so @tiptap/y-tiptap lands with yjs rather than with the editor (equal priority: first group wins).
  { name: 'yjs', test: /[\\/]node_modules[\\/](yjs|y-protocols|y-websocket|lib0|@tiptap[\\/]y-tiptap)[\\/]/ },
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-i18next|i18next)[\\/]/ },
  {
    name: 'editor',
    test: /[\\/]node_modules[\\/](@tiptap|prosemirror-[a-z-]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs|markdown-it)[\\/]/,
  },
];

// Only API calls and room sockets (`/collab/<id>`; ids never contain a dot) go to the server. The dev server
// serves the source files of client/api/ and client/collab/ under /api/ and /collab/ too, and plain
// '/api' and '/collab' prefixes sent those to the server (404, blank page in `npm run dev`).
const API_PATH = '^/api/(?![^?]*\\.(ts|tsx|js|jsx|json|css)(\\?|$))';
const COLLAB_ROOM_PATH = '^/collab/[A-Za-z0-9_-]+$';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Rolldown's replacement for Rollup's `manualChunks` (deprecated in Vite 8).
        codeSplitting: {
          groups: VENDOR_CHUNKS.map(({ name, test }) => ({ name, test })),
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      [API_PATH]: { target: `http://127.0.0.1:${SERVER_PORT}` },
      [COLLAB_ROOM_PATH]: { target: `ws://127.0.0.1:${SERVER_PORT}`, ws: true },
    },
  },
  preview: {
    proxy: {
      [API_PATH]: { target: `http://127.0.0.1:${SERVER_PORT}` },
      [COLLAB_ROOM_PATH]: { target: `ws://127.0.0.1:${SERVER_PORT}`, ws: true },
    },
  },
});
