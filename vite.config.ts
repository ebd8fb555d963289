import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client lives in client/; the server serves dist/client and proxies nothing at run time.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  // MapLibre is a lazily loaded chunk of about 300 KB gzip (its worker 145 KB more); deck.gl + luma.gl +
  // loaders.gl another (about 230 KB), loaded only once the map nears z8.5: the budget is 700 KB in all.
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2500 },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:8080', '/tiles': 'http://127.0.0.1:8080', '/ogc': 'http://127.0.0.1:8080' },
  },
});
