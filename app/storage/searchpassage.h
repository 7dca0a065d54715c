// passage(): the FTS5 auxiliary function that makes a search result's snippet (the best
// passage of a document, matches marked), in time linear in the document's matches.
#pragma once

class SqliteDatabase;

namespace SearchPassage {
// Registers passage(table, open, close, ellipsis, tokens) on this connection. Like FTS5's
// snippet(table, -1, open, close, ellipsis, tokens): the column whose best window of `tokens`
// tokens holds the most distinct phrases (then the most matches; the first such column), that
// window with every match wrapped in open/close and `ellipsis` where the text goes on. FTS5's
// snippet() scores every match against every other (quadratic: a common word that a long
// document mentions hundreds of times cost milliseconds per document, search as you type
// asks for ten) and tokenizes the whole column twice; passage() slides one window over the
// matches and tokenizes the chosen column only up to the window's end.
void registerWith(SqliteDatabase &db);
} // namespace SearchPassage
