import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Locator,
  Page,
  Response,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { siteBase } from '../../src/lib/security/site-base';
import { launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

/** A URL as the server sees it: without its `#fragment`. */
function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}

/** The built site, as `npm run build` leaves it (or another build folder, named by E2E_DIST). */
export const DIST = process.env['E2E_DIST'] ?? 'dist';

/** The site's base path, as astro.config.ts reads it (SITE_BASE, `/` when unset). */
export const BASE = siteBase(process.env['SITE_BASE']);

/**
 * One browser page on the built site. Paths are site paths without the base (`norms/x/`, or `''`
 * for the home page); links are followed by clicking them, as a reader would.
 */
export class SitePage {
  readonly page: Page;
  readonly #root: URL;

  constructor(page: Page, root: string) {
    this.page = page;
    this.#root = new URL(root);
  }

  /** Opens a site path; fails unless the server answers 200. */
  async goto(path: string): Promise<Response> {
    const url = new URL(path.replace(/^\//, ''), this.#root).href;
    const response = await this.page.goto(url);
    if (!response) throw new Error(`${url}: no response`);
    if (response.status() !== 200) throw new Error(`${url}: HTTP ${response.status()}`);
    return response;
  }

  /** The current page's path after the base, with its `#hash`: `norms/x/#p1`. */
  get path(): string {
    const url = new URL(this.page.url());
    return `${url.pathname.slice(this.#root.pathname.length)}${url.hash}`;
  }

  /** The current URL's fragment without `#` (decoded), or `''`. */
  get hash(): string {
    return decodeURIComponent(new URL(this.page.url()).hash.slice(1));
  }

  /** `<main>`: the page's content, without the site's header and footer. */
  get main(): Locator {
    return this.page.locator('main');
  }

  /** The page's `<h1>`. */
  get heading(): Locator {
    return this.page.locator('h1');
  }

  /** `<html lang>`. */
  lang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  /**
   * Clicks a link and waits until the browser is at its target (a new page loaded, or the same
   * page scrolled to a fragment). Returns the target's site path.
   */
  async follow(link: Locator): Promise<string> {
    const href = await link.getAttribute('href');
    if (href === null) throw new Error(`${this.path}: the link has no href`);
    const here = new URL(this.page.url());
    const target = new URL(href, here);
    const samePage = target.origin === here.origin && target.pathname === here.pathname;
    // A link to a fragment of the same page scrolls; any other link loads a page, which must be there.
    const loaded = samePage
      ? undefined
      : this.page.waitForResponse(
          (r) => r.request().isNavigationRequest() && r.url() === withoutHash(target),
        );
    await link.click();
    const response = await loaded;
    if (response && response.status() !== 200)
      throw new Error(`${this.path} → ${href}: HTTP ${response.status()}`);
    await this.page.waitForURL(target.href);
    await this.page.waitForLoadState('load');
    return this.path;
  }

  /** The link in `scope` whose href is exactly `href`. */
  linkTo(href: string, scope: Locator = this.page.locator('body')): Locator {
    return scope.locator(`a[href="${href.replaceAll('"', '\\"')}"]`).first();
  }

  /** The `href` of every link in `scope`, in document order. */
  hrefs(scope: Locator): Promise<string[]> {
    return scope
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }
}

/** The shared server and browser of one test file, created by `useBuiltSite`. */
export interface BuiltSite {
  /** The site's root URL on the local server. */
  readonly url: string;
  readonly browser: Browser;
  /** A fresh browser context with one page (closed after each test). */
  open(options?: BrowserContextOptions): Promise<SitePage>;
}

/**
 * Serves dist/ and launches Chromium once for the calling test file, closing both after it; every
 * browser context opened during a test is closed after that test.
 */
export function useBuiltSite(): BuiltSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startStaticServer(DIST, BASE);
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = () => {
    if (!server || !browser) throw new Error('useBuiltSite() is used outside a test');
    return { server, browser };
  };
  return {
    get url() {
      return started().server.url;
    },
    get browser() {
      return started().browser;
    },
    async open(options = {}) {
      const { server, browser } = started();
      const context = await browser.newContext(options);
      // Fail fast on a missing element instead of waiting Playwright's default 30 s for it.
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return new SitePage(await context.newPage(), server.url);
    },
  };
}
