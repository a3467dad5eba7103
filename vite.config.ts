// The browser game: dev server (`npm start`) and production build. base './' so dist/ works from any
// path (itch.io, GitHub Pages, a file server).
import { defineConfig } from 'vite';
import { levelHotReload } from './tools/dev/level-hot-reload';

export default defineConfig({
  base: './',
  // `npm start`: saving a map in Tiled reloads that level in the running page.
  plugins: [levelHotReload()],
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
