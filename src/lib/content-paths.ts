/**
 * Where each kind of content lives, relative to the project root: read by the content collections
 * (src/content.config.ts) and by the build's checks (src/build/content-files.ts), so the two cannot
 * point at different files.
 */
export const CONTENT_PATHS = {
  orderText: 'content/order/eo-14186.txt',
  orderMeta: 'content/order/meta.json',
  sources: 'content/sources/sources.yaml',
  elements: 'content/elements',
  layeredDiagram: 'content/diagrams/layered-defense.yaml',
  killChain: 'content/diagrams/kill-chain.yaml',
  spaceInterceptors: 'content/diagrams/space-interceptors.yaml',
  history: 'content/history/events.yaml',
  tour: 'content/tour/steps.yaml',
  documents: 'content/reporting/documents.yaml',
  claims: 'content/reporting/claims.yaml',
  positions: 'content/debate/positions.yaml',
  costs: 'content/debate/costs.yaml',
  changes: 'content/changes/changes.yaml',
  searchRecord: 'content/history/searched.yaml',
  checked: 'content/checked.yaml',
  glossary: 'content/glossary/terms.yaml',
  requirements: 'content/matrix/requirements.yaml',
  sections: 'content/matrix/sections.yaml',
  crosswalk: 'content/diagrams/crosswalk.yaml',
  lessonKit: 'content/teach/lesson-kit.yaml',
} as const;
