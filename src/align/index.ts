export { alignStory, alignStoryDetailed, type StoryAlignment } from './align-story.js'
export { ALIGN_THRESHOLDS } from './thresholds.js'
