/**
 * The URL parameters the layered diagram reads and writes (url-state.ts parses them). A module of
 * its own, with no imports, because the page's loader needs only these names at load: the codec
 * comes later with the controller.
 */
export const LAYERS_PARAMS = ['element', 'threat'] as const;
