/*
 * The English stopword list of the `stopword` package (MIT), copied: importing the package parses
 * all of its ~60 languages, ~60 ms of start-up for these 108 words (the CLI has 300 ms in all).
 * terms.test.ts checks that the copy still equals the package's list.
 */
export const ENGLISH_STOPWORDS: readonly string[] = [
  'about', 'after', 'all', 'also', 'am', 'an', 'and', 'another', 'any', 'are',
  'as', 'at', 'be', 'because', 'been', 'before', 'being', 'between', 'both', 'but',
  'by', 'came', 'can', 'come', 'could', 'did', 'do', 'each', 'for', 'from',
  'get', 'got', 'has', 'had', 'he', 'have', 'her', 'here', 'him', 'himself',
  'his', 'how', 'if', 'in', 'into', 'is', 'it', 'like', 'make', 'many',
  'me', 'might', 'more', 'most', 'much', 'must', 'my', 'never', 'now', 'of',
  'on', 'only', 'or', 'other', 'our', 'out', 'over', 'said', 'same', 'should',
  'since', 'some', 'still', 'such', 'take', 'than', 'that', 'the', 'their', 'them',
  'then', 'there', 'these', 'they', 'this', 'those', 'through', 'to', 'too', 'under',
  'up', 'very', 'was', 'way', 'we', 'well', 'were', 'what', 'where', 'which',
  'while', 'who', 'with', 'would', 'you', 'your', 'a', 'i',
]
