import { svelte } from '@sveltejs/vite-plugin-svelte';
export default { plugins: [svelte({ emitCss: false })], build: { outDir: '/work/main/.tmp-size/out', emptyOutDir: true, minify: "esbuild", lib: { entry: '/work/main/.tmp-size/entry.ts', formats: ['es'], fileName: 'bundle' }, rollupOptions: {} } };
