export { createApp, defaultLimits, apiPath, storiesPath, type AppDeps, type ServerLimits } from './create-app.js'
