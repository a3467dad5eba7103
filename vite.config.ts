// Production build for the browser game. base './' so dist/ works from any
// path (itch.io, GitHub Pages, a file server).
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    // Phaser is ~1.4 MB minified on its own; that is expected, not a warning.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser in its own chunk: game code changes don't bust its cache.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
});
