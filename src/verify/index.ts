export { analyzeStory, type AnalyzeStoryOptions, type StoryAnalysis } from './analyze-story.js'
export { alignStory } from '../align/index.js'
export { findAttributions, namedSources, sameOutlet } from './attribution.js'
export { fidelity } from './fidelity.js'
