import { Dexie, type Table } from 'dexie';
import type {
  Analysis,
  Annotation,
  ArticleBody,
  ArticleMeta,
  Correction,
  Label,
  OutletRecord,
  Tag,
} from '../core/model';
import type { ImportJournalRecord } from './records/import-journal-record';
import type { CachedReaderFindings } from './records/reader-findings-record';
import type { SavedSearchIndex } from './records/search-index-record';

/** The labels every workbench starts with; the analyst adds their own beside them. */
export const BUILT_IN_LABELS: readonly Label[] = [
  { id: 'label-key-fact', name: 'Key fact', color: '#0072b2', builtIn: true },
  { id: 'label-disputed', name: 'Disputed', color: '#d55e00', builtIn: true },
  { id: 'label-needs-source', name: 'Needs source', color: '#cc79a7', builtIn: true },
  { id: 'label-quote', name: 'Quote', color: '#009e73', builtIn: true },
];

/** The first released schema, kept verbatim: the migration test writes a database with it. */
export const SCHEMA_V1: Readonly<Record<string, string>> = {
  articles: 'id, &contentHash, importedAt, url, *tags',
  bodies: 'id',
  analyses: 'articleId, engineVersion',
  annotations: 'id, articleId, label, *tags, updatedAt',
  tags: 'id, &name',
  labels: 'id, &name',
  corrections: 'id, articleId',
};

/**
 * The workbench's IndexedDB database. Article metadata and bodies live in separate tables so the library can
 * list 10,000 articles without reading their texts.
 */
export class WorkbenchDb extends Dexie {
  articles!: Table<ArticleMeta, string>;
  bodies!: Table<ArticleBody, string>;
  analyses!: Table<Analysis, string>;
  annotations!: Table<Annotation, string>;
  tags!: Table<Tag, string>;
  labels!: Table<Label, string>;
  corrections!: Table<Correction, string>;
  /** The import journal: files of an import not yet stored, so a reload can say which did not finish. */
  imports!: Table<ImportJournalRecord, string>;
  /** The search worker's saved index, so a new session does not rebuild it from every article's text. */
  searchIndex!: Table<SavedSearchIndex, string>;
  /** The analyst's outlet renames and merges, by outlet key; articles keep their raw source. */
  outlets!: Table<OutletRecord, string>;
  /** The reader's findings of recently opened articles, derived from their analyses and corrections. */
  readerFindings!: Table<CachedReaderFindings, string>;

  constructor(name = 'coverage-workbench') {
    // No liveQuery here (react-query reads and invalidates): Dexie's query cache would only clone every write.
    super(name, { cache: 'disabled' });
    this.version(1).stores(SCHEMA_V1);
    // Version 2 adds the import journal; no stored record changes shape.
    this.version(2).stores({ imports: 'key' });
    // Version 3 indexes a correction's scope, so every article reads the library-wide ones without a scan.
    // Stored corrections keep their shape: one without a scope is a mention's.
    this.version(3).stores({ corrections: 'id, articleId, scope' });
    // Version 4 adds the saved search index; no stored record changes shape. A database upgraded from an
    // earlier version has none, and the first search builds it.
    this.version(4).stores({ searchIndex: 'key' });
    // Version 5 adds the outlet records (renames and merges); no stored record changes shape, and a database
    // upgraded from an earlier version shows every outlet as its articles spell it.
    this.version(5).stores({ outlets: 'key, mergedInto' });
    // Version 6 adds the reader's findings cache (derived data, never in a backup); no stored record changes
    // shape, and an upgraded database builds each row the first time the reader opens its article.
    this.version(6).stores({ readerFindings: 'articleId' });
    this.on('populate', (tx) => {
      void tx.table('labels').bulkAdd([...BUILT_IN_LABELS]);
    });
  }
}

/** The one database the app opens. */
export const db = new WorkbenchDb();
