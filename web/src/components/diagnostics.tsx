import type { Diagnostic } from '../../../src/model/result.js'

export function Diagnostics({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  if (diagnostics.length === 0) return null
  return (
    <section class="diagnostics" aria-labelledby="diagnostics-title">
      <h2 id="diagnostics-title">Inputs skipped or partly read</h2>
      <ul>
        {diagnostics.map((diagnostic, index) => (
          <li key={index} class={`diagnostic ${diagnostic.severity}`}>
            <strong>{diagnostic.source}{diagnostic.line === undefined ? '' : `:${diagnostic.line}`}</strong> {diagnostic.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
