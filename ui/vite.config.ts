/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'

// Tauri's dev host (set by `tauri dev` for mobile targets); plain localhost otherwise.
const host = process.env.TAURI_DEV_HOST

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus is imported on demand: each lazily loaded page pulls in only the
    // components (and their CSS) it uses, so the sign-in screen stays small.
    AutoImport({
      // Only Element's service APIs (ElMessage, ElMessageBox) with their styles.
      resolvers: [ElementPlusResolver()],
      dts: 'src/auto-imports.d.ts',
    }),
    Components({
      resolvers: [ElementPlusResolver()],
      dts: 'src/components.d.ts',
      // Our own components are imported explicitly.
      dirs: [],
    }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  define: {
    // vue-i18n: composition API only, no legacy API, no devtools in production.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  // Pre-bundle Element's modules up front, so `npm run dev` does not reload the window
  // each time a page first uses another component.
  optimizeDeps: {
    include: ['element-plus/es', 'element-plus/es/components/*/style/css'],
  },
  clearScreen: false,
  envPrefix: ['VITE_', 'TAURI_ENV_'],
  server: {
    port: 1420,
    strictPort: true,
    host: host || false,
    hmr: host ? { protocol: 'ws', host, port: 1421 } : undefined,
    watch: {
      ignored: ['**/src-tauri/**'],
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // WebKitGTK (Linux), WKWebView (macOS) and WebView2 (Windows).
    target: ['es2021', 'safari15', 'chrome105'],
    sourcemap: !!process.env.TAURI_ENV_DEBUG,
    chunkSizeWarningLimit: 600,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts', 'src/**/__tests__/**/*.ts'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // The first test of a file compiles Element's components on a small machine.
    testTimeout: 20_000,
    css: false,
    // Element's on-demand style imports (`…/style/css`) must go through Vite.
    server: { deps: { inline: ['element-plus'] } },
  },
})
