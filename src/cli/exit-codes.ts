/** Exit statuses, documented in docs/cli.md. */
export const exitCodes = {
  ok: 0,
  /** `--fail-on` matched a finding. */
  findings: 1,
  /** Usage error, or nothing could be analysed. */
  usage: 2,
  /** The report was produced but some inputs were skipped. */
  partial: 3,
} as const
