/** The search page and the header's search box. */
export const search = {
  title: 'Search',
  description: 'Search the pages, meetings, outcomes, working groups and documents of the DEI Platform.',
  titleWithQuery: (query: string) => `${query}: search`,
  label: 'Search this site',
  button: 'Search',
  resultCount: (count: number, query: string) =>
    count === 1 ? `1 result for “${query}”` : `${count} results for “${query}”`,
  resultsHeading: 'Results',
  noResultsHeading: (query: string) => `No results for “${query}”`,
  noResultsAdvice: 'You could:',
  noResultsTips: ['check the spelling', 'use fewer or different words', 'search for a single word, such as the name of a working group'],
  browseInstead: 'Or browse:',
  emptyQuery: 'Enter one or more words to search for.',
  shortened: (max: number) => `Only the first ${max} characters or 12 words of your search were used.`,
  kinds: {
    page: 'Page',
    meeting: 'Meeting',
    'working-group': 'Working group',
    document: 'Document',
  },
} as const;
