export const common = {
  siteName: 'European Platform of National Initiatives on Digitising Industry',
  skipToContent: 'Skip to main content',
} as const;
