// Package lists holds folio's lists: the filtering list every list screen
// is built on (FilterList: rows, the fuzzy filter, items swapped in while
// the library loads) and the list screens of the library: articles,
// tags and categories, the Questions list, the library search, the
// Problems list and related articles. The reader's own lists (contents,
// FAQ, links) are in ui/reader, built on FilterList.
package lists
