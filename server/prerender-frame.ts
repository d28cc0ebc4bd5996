import { createElement, type ComponentType, type ReactNode } from 'react';
import { createServer, type Plugin } from 'vite';

const ROOT_DIV = '<div id="root"></div>';

interface FrameModules {
  App: ComponentType;
  LanguageProvider: ComponentType<{ children: ReactNode }>;
}

/**
 * The English page frame (src/app.tsx) as static HTML, rendered from the real components and
 * dictionaries. The tools' Suspense boundary renders its loading placeholder.
 */
export async function renderFrame(root: string): Promise<string> {
  // One throwaway server so that app.tsx and language.tsx share one module graph (one context).
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const { App } = (await server.ssrLoadModule('/src/app.tsx')) as Pick<FrameModules, 'App'>;
    const { LanguageProvider } = (await server.ssrLoadModule('/src/i18n/language.tsx')) as Pick<
      FrameModules,
      'LanguageProvider'
    >;
    const { renderToStaticMarkup } = await import('react-dom/server');
    return renderToStaticMarkup(createElement(LanguageProvider, null, createElement(App)));
  } finally {
    await server.close();
  }
}

/** Puts the frame's markup into the page's empty `#root`; throws if there is none. */
export function insertFrame(html: string, markup: string): string {
  if (!html.includes(ROOT_DIV))
    throw new Error(`prerender-frame: no empty #root (${ROOT_DIV}) in index.html`);
  if (/<script(?![^>]*\bsrc=)/i.test(markup)) throw new Error('prerender-frame: inline script');
  return html.replace(ROOT_DIV, `<div id="root">${markup}</div>`);
}

/**
 * Marks the entry module script `fetchpriority="low"`: with the frame in the HTML, no paint waits
 * for it. Chrome would otherwise fetch it at high priority, and Lighthouse counts any high-priority
 * script that lands before the first paint as render-blocking.
 */
export function lowerScriptPriority(html: string): string {
  return html.replace(
    /<script type="module"(?![^>]*fetchpriority)(?=[^>]*\bsrc=)/g,
    '$& fetchpriority="low"',
  );
}

/**
 * Writes the English frame into the built index.html, so that the title, the ways in and the
 * footer paint from the HTML before the JavaScript runs (docs/decisions/0008-frame-in-the-html.md).
 * src/main.tsx still calls createRoot(): React replaces this markup with the same frame, in the
 * browser's language, on its first render. Build only: `vite dev` serves the empty #root.
 */
export function prerenderFrame(): Plugin {
  let root = process.cwd();
  return {
    name: 'key-doctor:prerender-frame',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => lowerScriptPriority(insertFrame(html, await renderFrame(root))),
    },
  };
}
