/** The corpus file commands use when `--db` is not given, relative to the working directory. */
export const DEFAULT_DATABASE_FILE = 'corroborate.db'
