/**
 * Worker-thread body of `DescribePool`: the CPU-bound part of storing an article (content hash,
 * MinHash sketch, event features) for a batch of articles, or for raw JSONL lines also their
 * parsing and cleaning. Typed arrays come back with their buffers transferred, not copied.
 */
import { parentPort } from 'node:worker_threads'
import { describeBatch, type DescribeReply, type DescribeRequest } from './describe-batch.js'
import { describeLines, type LinesRequest } from './describe-lines.js'

function buffersOf(reply: DescribeReply): ArrayBuffer[] {
  return [reply.signatures, reply.shingleCounts, reply.features, reply.featureEnds, reply.published].map((array) => array.buffer as ArrayBuffer)
}

parentPort!.on('message', (request: DescribeRequest | LinesRequest) => {
  if ('kind' in request && request.kind === 'lines') {
    const reply = describeLines(request)
    parentPort!.postMessage(reply, buffersOf(reply.described))
    return
  }
  const reply = describeBatch(request as DescribeRequest)
  parentPort!.postMessage(reply, buffersOf(reply))
})
