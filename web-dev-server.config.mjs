// `npm start`: serves the demo (and dist/, src/ for demo/compose.html) on localhost.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { cssText } from './scripts/css-plugin.mjs';

export default {
  rootDir: '.',
  nodeResolve: true,
  // The address the server prints opens the demo.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') return ctx.redirect('/demo/');
      return next();
    },
  ],
  mimeTypes: { 'src/**/*.css': 'js' },
  plugins: [fromRollup(cssText)(), esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }) /* TypeScript only; dist/ served as built */],
};
