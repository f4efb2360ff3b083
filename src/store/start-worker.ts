import { Worker } from 'node:worker_threads'

/** Starts the worker whose body is the module `name` next to this one ('describe-worker'), compiled or from TypeScript sources. */
export function startWorker(name: string, workerData?: unknown): Worker {
  const source = import.meta.url
  const options = workerData === undefined ? {} : { workerData }
  if (source.endsWith('.js')) return new Worker(new URL(`./${name}.js`, source), options)
  // Run from TypeScript sources (tsx, vitest): workers do not inherit the loader, so register
  // tsx in the worker before loading its body.
  const tsxApi = import.meta.resolve('tsx/esm/api')
  const body = new URL(`./${name}.ts`, source).href
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(body)}) })`, { ...options, eval: true })
}
