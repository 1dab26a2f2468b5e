-- Schema version 3: the user's own figures, which correct the catalog's
-- (an exchange rate now; prices and salary bands later). A figure is kept
-- even if the catalog entry it corrects disappears in a later version.
CREATE TABLE user_figure (
    id         TEXT PRIMARY KEY NOT NULL,  -- what it corrects, e.g. 'exchange_rate:USD:PHP'
    value      TEXT NOT NULL,              -- the figure, as exact decimal text
    entered_at TEXT NOT NULL               -- RFC 3339, UTC
) STRICT;
