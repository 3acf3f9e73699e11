// Unit tests of src/db run against an in-memory IndexedDB.
import 'fake-indexeddb/auto';
