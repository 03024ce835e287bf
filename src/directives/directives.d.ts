import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the reader's first interaction, or at once when the URL has one of these parameters. */
    'client:interaction'?: readonly string[] | boolean;
  }
}
