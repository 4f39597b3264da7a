/** English stopwords (a compact list in the spirit of the classic SMART/Lucene lists). */
export const stopwords: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being below " +
    "between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few " +
    "for from further had hadn't has hasn't have haven't having he her here hers herself him himself his how i if in " +
    "into is isn't it it's its itself just let's me more most my myself no nor not now of off on once only or other " +
    "ought our ours ourselves out over own same she should shouldn't so some such than that that's the their theirs " +
    "them themselves then there there's these they this those through to too under until up upon us very was wasn't " +
    "we were weren't what what's when where which while who whom why will with won't would wouldn't you your yours " +
    "yourself yourselves i'm i've i'd i'll we're we've you're you've they're they've"
  ).split(" "),
);
