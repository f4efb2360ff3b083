/**
 * Worker-thread body of `DescribePool`: the CPU-bound part of storing an article (content hash,
 * MinHash sketch, event features) for a batch, returned as typed arrays whose buffers are
 * transferred, not copied.
 */
import { parentPort } from 'node:worker_threads'
import { describeBatch, type DescribeRequest } from './describe-batch.js'

parentPort!.on('message', (request: DescribeRequest) => {
  const reply = describeBatch(request)
  const buffers = [reply.signatures, reply.shingleCounts, reply.features, reply.featureEnds, reply.published].map((array) => array.buffer as ArrayBuffer)
  parentPort!.postMessage(reply, buffers)
})
