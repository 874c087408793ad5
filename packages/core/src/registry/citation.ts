/** Where a rule, mechanism or algorithm comes from: what every registry of Plural records for it. */
export interface Citation {
  readonly authors: string;
  readonly year: number;
  readonly title: string;
  readonly doi?: string;
  readonly arxiv?: string;
  readonly url?: string;
}
