export { createApp, defaultLimits, apiPath, type AppDeps, type ServerLimits } from './create-app.js'
